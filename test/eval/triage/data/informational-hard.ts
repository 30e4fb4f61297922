import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Legitimate mail that needs no answer but looks like spam or like a question: vendor marketing
 * Sam signed up for, surveys, policy updates, newsletters that say "hit reply", and list posts
 * without list headers.
 */
export const INFORMATIONAL_HARD: EvalEmail[] = [
  {
    id: 'ih-en-001',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Paul Jarvis <paul@sunday-dispatches.com>',
    subject: 'What would you do with an extra hour a day?',
    text: t`
      Hey friend,

      What would you do with an extra hour a day? I asked 200 freelancers this week and the answers surprised me. Most of them said: nothing productive. And that's the point.

      This week's essay is about slack - the good kind.

      As always, hit reply and tell me what you think. I read every one.

      Paul

      You're getting this because you subscribed to Sunday Dispatches. Unsubscribe anytime.`,
  },
  {
    id: 'ih-en-002',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Vercel <notifications@vercel.com>',
    subject: 'How was your experience with Vercel support?',
    text: t`
      Hi Sam,

      You recently contacted Vercel support about "Build failing on main". How would you rate your experience?

      Great / Okay / Not good

      Your feedback helps us improve. This survey takes less than a minute.`,
  },
  {
    id: 'ih-en-003',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Google <no-reply@accounts.google.com>',
    subject: 'Updates to our Terms of Service',
    text: t`
      We're updating our Terms of Service

      We're making some changes to our Terms of Service, which will take effect on 22 May 2024. We're not changing the way we use your information.

      You don't need to take any action, but we encourage you to review the updated terms.

      This email was sent to sam@kellerworks.com to let you know about important changes to Google's Terms of Service.`,
  },
  {
    id: 'ih-en-004',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Adobe <mail@mail.adobe.com>',
    subject: 'Last chance: save 40% on Creative Cloud',
    labels: ['INBOX', 'CATEGORY_PROMOTIONS'],
    text: t`
      Ends Friday. Save 40% on Creative Cloud All Apps for your first year.

      Get 20+ apps including Photoshop, Illustrator and Adobe Express, plus 100GB of cloud storage.

      Buy now

      Terms apply. Adobe Systems Software Ireland Ltd. To unsubscribe, manage your preferences.`,
  },
  {
    id: 'ih-en-005',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Notion Team <team@makenotion.com>',
    subject: 'Welcome to Notion, Sam!',
    text: t`
      Hi Sam,

      Welcome to Notion! Here are three things to try first:
      1. Create a page
      2. Import your docs
      3. Invite your team

      Questions? Visit our help centre.

      The Notion team`,
  },
  {
    id: 'ih-en-006',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Shopify <no-reply@shopify.com>',
    subject: 'Reset your password',
    text: t`
      Hi Sam,

      We received a request to reset your Shopify password. Click the link below to choose a new one. This link expires in 2 hours.

      Reset password

      If you didn't request this, you can safely ignore this email.`,
  },
  {
    id: 'ih-en-007',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Mailchimp <no-reply@mailchimp.com>',
    subject: 'Free webinar: Email marketing for small businesses',
    text: t`
      Join us live on 18 July at 4pm BST for a free 45-minute webinar on growing your list, writing subject lines that get opened and automating your welcome series.

      Save your seat

      You're receiving this email because you have a Mailchimp account. Update your preferences.`,
  },
  {
    id: 'ih-en-008',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dan Kegel <dank@kegel-lists.net>',
    to: 'linux-kernel-digest@vger.example.org',
    subject: 'Re: [PATCH] fix race in ext3 journal commit',
    text: t`
      On Mon, 19 Aug 2002, Andrew Morton wrote:
      > Does this fix the hang you reported, or do we need the other patch too?

      It fixes it here - 48 hours under dbench with no hangs, previously it died within an hour. I haven't tried the other patch.

      - Dan`,
  },
  {
    id: 'ih-en-009',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Airbnb <automated@airbnb.com>',
    subject: 'Reminder: your trip to Lisbon is in 7 days',
    text: t`
      Get ready for Lisbon, Sam!

      Check-in: Fri 12 Jul after 15:00
      Host: Inês
      Address: Rua da Rosa 44, Lisbon

      Message your host if you have any questions.`,
  },
  {
    id: 'ih-en-010',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Bank of Ireland Business <business@bankofireland.com>',
    subject: 'Your business banking update for July',
    text: t`
      Dear Customer,

      Here is your business banking update for July: new FX rates for international payments, a reminder about our business loan offers, and tips to protect your business from invoice fraud.

      We will never ask you to confirm your details by email.

      Bank of Ireland is regulated by the Central Bank of Ireland.`,
  },
  {
    id: 'ih-en-011',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'LinkedIn <invitations@linkedin.com>',
    subject: 'Sam, please add me to your LinkedIn network',
    text: t`
      Ryan Cole
      SEO Consultant at RankBoost Digital

      I'd like to join your LinkedIn network.

      Accept | View profile

      You are receiving Invitation emails. Unsubscribe.`,
  },
  {
    id: 'ih-en-012',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Kevin Osei <kevin.osei@oseilogistics.com>',
    subject: 'Fwd: New warehouse opening',
    text: t`
      FYI - thought you'd like to see this, the tracking page gets a mention.

      ---------- Forwarded message ---------
      From: Osei Logistics Comms <comms@oseilogistics.com>
      Subject: New warehouse opening

      We're delighted to announce our new warehouse in Milton Keynes, with live parcel tracking powered by our new customer portal.`,
  },
  {
    id: 'ih-en-013',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'The Guardian <newsletters@theguardian.com>',
    subject: 'First Edition: Tuesday 9 July',
    headers: bulk(
      '<first-edition.theguardian.com>',
      '<https://www.theguardian.com/email/unsubscribe>',
    ),
    text: t`
      Good morning. Here's what you need to know today: the new government's first week, heat warnings for the south-east, and why everyone is suddenly talking about Wimbledon's line judges.

      Sign up to our other newsletters. You are receiving this email because you are a subscriber.`,
  },
  {
    id: 'ih-en-014',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Ticketmaster <customer_support@email.ticketmaster.co.uk>',
    subject: 'Event update: time change',
    text: t`
      Hi Sam,

      Please note the start time for Arctic Monkeys at Emirates Stadium on 20 July has changed. Doors now open at 17:30. Your tickets remain valid, no action is needed.

      Ticketmaster`,
  },
  {
    id: 'ih-en-015',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Jill Harper <jill.harper@gmail.com>',
    to: 'elmroad-watch@googlegroups.com',
    subject: 'Re: Van parked on the corner for three days',
    text: t`
      Update: it's the builders for number 44. Mystery solved! Thanks everyone.

      Jill`,
  },
  {
    id: 'ih-en-016',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Ryanair <ryanair@e.ryanair.com>',
    subject: 'Flash sale! Seats from £14.99',
    labels: ['INBOX', 'CATEGORY_PROMOTIONS'],
    text: t`
      FLASH SALE - 48 HOURS ONLY

      Seats from £14.99 one way for travel in September and October. Book by midnight Thursday!

      Book now

      You're receiving this because you signed up for Ryanair offers. Unsubscribe.`,
  },
  {
    id: 'ih-en-017',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'NatWest <alerts@natwest.com>',
    subject: 'Your statement is ready',
    text: t`
      Dear Mr Keller,

      Your latest statement for your Business Current Account ending 4471 is now available to view in online banking.

      For your security, this email does not contain any links. Please log in to online banking directly.

      NatWest`,
  },
  {
    id: 'ih-en-018',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Indie Hackers <newsletter@indiehackers.com>',
    subject: 'How this solo founder hit $20k MRR',
    text: t`
      Today's interview: how a solo developer grew a boring B2B tool to $20k monthly revenue without ads.

      Plus: are you charging enough? The community weighs in.

      You are receiving this because you subscribed to the Indie Hackers newsletter. Unsubscribe.`,
  },
  {
    id: 'ih-en-019',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Canva <marketing@engage.canva.com>',
    subject: 'Your Canva Pro free trial ends in 3 days',
    text: t`
      Hi Sam,

      Your free trial of Canva Pro ends on 14 July. After that, your plan will renew at £99.99/year. Want to keep your Pro features? You don't need to do anything.

      Manage subscription

      Canva Pty Ltd`,
  },
  {
    id: 'ih-en-020',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Ahmed Hassan <ahmed.hassan@kellerworks.com>',
    subject: 'Out sick today',
    text: t`
      Morning Sam, I've come down with something so I'm off today. The Lumen release is on hold until tomorrow - nothing urgent in my queue. Will check Slack this afternoon.

      Ahmed`,
  },
  {
    id: 'ih-en-021',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Freelancer Insurance <policies@hiscox.co.uk>',
    subject: 'Your policy documents',
    text: t`
      Dear Sam Keller,

      Thank you for renewing your professional indemnity insurance with us. Your policy documents are attached. Your cover runs from 1 August 2024 to 31 July 2025.

      Please check the details and let us know if anything is incorrect.

      Hiscox`,
  },
  {
    id: 'ih-en-022',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Meetup <info@email.meetup.com>',
    subject: 'New event: BrightonJS June Meetup',
    text: t`
      BrightonJS has scheduled a new event.

      BrightonJS June Meetup
      Thursday, 27 June, 18:30
      The Skiff, Brighton

      RSVP

      Don't want to get emails like this? Unsubscribe or change your settings.`,
  },
  {
    id: 'ih-de-001',
    label: 'informational',
    kind: 'newsletter',
    lang: 'de',
    from: 'Zalando <info@service-mail.zalando.de>',
    subject: 'Nur heute: 20 % auf Sneaker',
    labels: ['INBOX', 'CATEGORY_PROMOTIONS'],
    text: t`
      Hallo Sam,

      nur heute: 20 % Rabatt auf ausgewählte Sneaker mit dem Code SNEAK20. Gratis Versand und Rückversand.

      Jetzt shoppen

      Du erhältst diese E-Mail, weil du dich für den Zalando-Newsletter angemeldet hast. Abmelden.`,
  },
  {
    id: 'ih-fr-001',
    label: 'informational',
    kind: 'notification',
    lang: 'fr',
    from: 'Doctolib <no-reply@doctolib.fr>',
    subject: 'Rappel de votre rendez-vous',
    text: t`
      Bonjour Sam Keller,

      Nous vous rappelons votre rendez-vous le jeudi 18 juillet à 10:30 avec Dr Martin, dentiste, 14 rue du Bac, Paris.

      En cas d'empêchement, pensez à annuler votre rendez-vous.`,
  },
  {
    id: 'ih-es-001',
    label: 'informational',
    kind: 'newsletter',
    lang: 'es',
    from: 'El País <newsletter@elpais.es>',
    subject: 'Lo que tienes que saber hoy',
    headers: bulk('<hoy.elpais.es>', '<https://elpais.com/newsletters/baja>'),
    text: t`
      Buenos días. Estas son las noticias más importantes del día: el debate sobre la vivienda, la ola de calor y el fichaje del verano.

      Recibes este correo porque estás suscrito. Darse de baja.`,
  },
  {
    id: 'ih-pt-001',
    label: 'informational',
    kind: 'security',
    lang: 'pt',
    from: 'Nubank <todomundo@nubank.com.br>',
    subject: 'Novo acesso à sua conta',
    text: t`
      Olá Sam,

      Identificamos um novo acesso à sua conta pelo app em um iPhone, em Lisboa. Se foi você, pode ignorar esta mensagem.

      Se não reconhece este acesso, fale com a gente pelo app. O Nubank nunca pede sua senha por e-mail.`,
  },
  {
    id: 'ih-ja-001',
    label: 'informational',
    kind: 'notification',
    lang: 'ja',
    from: '楽天市場 <order@rakuten.co.jp>',
    subject: '【楽天市場】商品発送のお知らせ',
    text: t`
      Sam Keller 様

      ご注文いただいた商品を本日発送いたしました。
      お届け予定日：7月20日
      配送業者：ヤマト運輸

      このメールは送信専用です。`,
  },
  {
    id: 'ih-it-001',
    label: 'informational',
    kind: 'newsletter',
    lang: 'it',
    from: 'Il Post <newsletter@ilpost.it>',
    subject: 'Le notizie di oggi',
    headers: bulk('<oggi.ilpost.it>', '<https://www.ilpost.it/newsletter/disiscriviti>'),
    text: t`
      Buongiorno, ecco le cose da sapere oggi: il caldo, le elezioni europee e un libro da leggere questa estate.

      Ricevi questa email perché sei iscritto. Disiscriviti.`,
  },
  {
    id: 'ih-nl-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'nl',
    from: 'bol.com <noreply@bol.com>',
    subject: 'Bedankt voor je bestelling',
    text: t`
      Hoi Sam,

      Bedankt voor je bestelling bij bol.com. Je bestelnummer is 1234567890. We laten je weten wanneer je pakket onderweg is.

      Totaal: € 34,99`,
  },
];
