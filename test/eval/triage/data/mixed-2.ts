import { bulk, type EvalEmail, t } from '../eval-email.js';

/** A second batch across all classes: personal free-mail, pitches by name, romance scams, notices. */
export const MIXED_2: EvalEmail[] = [
  {
    id: 'm2-nr-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Tasha Green <tasha.green22@gmail.com>',
    subject: 'Spare room',
    text: t`
      Hiya, Chris said you might have a spare room for a couple of weeks in October while my flat gets sorted? I'd pay obviously. Let me know if that's weird, no worries if so!
      Tash`,
  },
  {
    id: 'm2-nr-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Paddy Flynn <paddyflynn@yahoo.ie>',
    subject: 'golf',
    text: t`
      Sam, Saturday 8.40 tee time at the usual. Need a yes or no by tomorrow night, Gerry's waiting on numbers.`,
  },
  {
    id: 'm2-nr-003',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Aunt Jo <jo.mcallister@hotmail.co.uk>',
    subject: "Your cousin's wedding",
    text: t`
      Hello Sam dear,

      Did you get the invitation for Rosie's wedding? She hasn't had your RSVP yet and she's doing the seating plan this week. Also is Chris vegetarian? I can never remember.

      Love, Aunt Jo`,
  },
  {
    id: 'm2-nr-004',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Ben Okafor <ben.okafor@okafor-architects.com>',
    subject: 'Site search broken',
    text: t`
      Hi Sam,

      The search box on our projects page returns nothing since the weekend, whatever you type. Could you have a look when you get a chance? Not urgent but clients do use it.

      Thanks,
      Ben Okafor
      Okafor Architects`,
  },
  {
    id: 'm2-nr-005',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Ruth Baines <ruth.baines@kellerworks.com>',
    subject: 'New starter laptop',
    text: t`
      Sam, the new designer starts on the 3rd. I need your OK to order the laptop (MacBook Pro 14, £1,999 inc VAT) today so it arrives in time. Link to the quote: https://www.apple.com/uk/shop/quote/Q-22817

      Ruth`,
  },
  {
    id: 'm2-nr-006',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Mo Hussain <mo.hussain@outlook.com>',
    subject: 'the 5 a side',
    text: t`
      you playing thursday? we're one short. also owe me a tenner from last week ha`,
  },
  {
    id: 'm2-nr-007',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Clare Dunn <clare.dunn@dunnandbrown.co.uk>',
    subject: 'Price increase',
    text: t`
      Dear Sam,

      I have received your letter about the new maintenance rates from January. Can you explain what's changed? We've had the same service for three years and the increase is 25%. I'd like to understand before I agree to it.

      Regards,
      Clare Dunn`,
  },
  {
    id: 'm2-nr-008',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Tom Reid <tom.reid@gmail.com>',
    subject: 'coffee thursday',
    text: t`
      Hey Sam, free for a coffee Thursday morning? I'm thinking of going freelance and would love to pick your brain. My shout!
      Tom`,
  },
  {
    id: 'm2-nr-009',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Aisha Rahman <aisha.rahman@lumenhealth.com>',
    subject: 'Security questionnaire',
    text: t`
      Hi Sam,

      Our IT security team needs every supplier to complete the attached questionnaire before we go live. It's about 40 questions, mostly yes/no. Please return it by the 20th.

      Thanks,
      Aisha`,
  },
  {
    id: 'm2-nr-010',
    label: 'needs_reply',
    kind: 'question',
    lang: 'de',
    from: 'Oma Keller <gerda.keller@t-online.de>',
    subject: 'Besuch',
    text: t`
      Lieber Sam,

      kommst du im Dezember wieder nach Freiburg? Opa fragt jeden Tag. Sag mir bitte Bescheid, damit ich das Gästezimmer herrichten kann.

      Deine Oma`,
  },
  {
    id: 'm2-nr-011',
    label: 'needs_reply',
    kind: 'question',
    lang: 'fr',
    from: 'Hélène Girard <helene.girard@gmail.com>',
    subject: 'Appartement à Lyon',
    text: t`
      Salut Sam,

      on cherche quelqu'un pour garder l'appartement et le chat pendant les vacances, du 5 au 19 août. Ça te dirait ? Tu aurais l'appart pour toi tout seul.

      Bises,
      Hélène`,
  },
  {
    id: 'm2-nr-012',
    label: 'needs_reply',
    kind: 'request',
    lang: 'es',
    from: 'Pablo Martín <pablo.martin@hotmail.es>',
    subject: 'Fotos del viaje',
    text: t`
      Hola Sam! Pásame las fotos del viaje a Asturias cuando puedas, que mi madre las quiere imprimir. Un abrazo!`,
  },
  {
    id: 'm2-nr-013',
    label: 'needs_reply',
    kind: 'question',
    lang: 'pt',
    from: 'Luísa Ferreira <luisa.ferreira@gmail.com>',
    subject: 'Jantar sábado',
    text: t`
      Olá Sam! Vamos fazer um jantar lá em casa no sábado. Vens? Podes trazer o Chris, claro. Diz-me até quinta.

      Beijinhos,
      Luísa`,
  },
  {
    id: 'm2-nr-014',
    label: 'needs_reply',
    kind: 'question',
    lang: 'ja',
    from: '中村 翔 <sho.nakamura@gmail.com>',
    subject: '来月のロンドン出張',
    text: t`
      Samさん

      来月ロンドンに出張で行くことになりました。もし時間があれば、夕食でもいかがですか？10日から14日まで滞在します。

      中村`,
  },
  {
    id: 'm2-nr-015',
    label: 'needs_reply',
    kind: 'question',
    lang: 'it',
    from: 'Chiara Conti <chiara.conti@gmail.com>',
    subject: 'Consiglio',
    text: t`
      Ciao Sam, mi serve un consiglio: per il sito del mio studio di yoga meglio Squarespace o Wix? Tu cosa useresti? Grazie mille!`,
  },
  {
    id: 'm2-in-001',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Tasha Green <tasha.green22@gmail.com>',
    subject: 'Re: Spare room',
    headers: { 'In-Reply-To': '<m2-1@mail.kellerworks.com>' },
    text: t`
      You're a legend, thank you!! See you on the 3rd x

      On Mon, 16 Sep 2024 at 20:12, Sam Keller <sam@kellerworks.com> wrote:
      > Of course, room's yours.`,
  },
  {
    id: 'm2-in-002',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Squarespace <no-reply@squarespace.com>',
    subject: 'Your domain fletcherbakes.com will renew in 30 days',
    text: t`
      Hi Sam,

      Your domain fletcherbakes.com is set to renew automatically on 14 October 2024 for £16.00. No action is needed if you'd like to keep it.

      Manage domain settings in your account.

      Squarespace`,
  },
  {
    id: 'm2-in-003',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Strava <no-reply@strava.com>',
    subject: 'Mo Hussain gave you kudos',
    text: t`
      Mo Hussain gave you kudos on Morning Ride.

      Keep it up!

      Manage email settings.`,
  },
  {
    id: 'm2-in-004',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Nielsen Norman Group <info@nngroup.com>',
    subject: 'UX research methods cheat sheet + new course dates',
    headers: bulk('<alertbox.nngroup.com>', '<https://www.nngroup.com/unsubscribe>'),
    text: t`
      New article: When to use which UX research method
      New course dates for UX Certification in London, November

      Did you know? Over 60% of our readers now work on design systems. Tell us about yours in our annual survey.

      Nielsen Norman Group. Unsubscribe.`,
  },
  {
    id: 'm2-in-005',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Octopus Energy <hello@octopus.energy>',
    subject: 'Your new bill is ready, Sam',
    text: t`
      Hi Sam,

      Your latest bill is ready: £84.12 for 1 Aug – 31 Aug. We'll take this by Direct Debit on 15 September, so there's nothing you need to do.

      Questions? Just reply to this email - a real human will answer.

      Octopus Energy`,
  },
  {
    id: 'm2-in-006',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Etsy <transaction@etsy.com>',
    subject: 'Your Etsy purchase from CeramicaLuna (2873110044)',
    text: t`
      Hi Sam, thanks for your purchase!

      Hand-thrown mug, speckled glaze   £28.00
      Shipping £4.50
      Order total £32.50

      CeramicaLuna will ship your order by 20 Sep.`,
  },
  {
    id: 'm2-in-007',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Slack <no-reply@slack.com>',
    subject: 'Slack confirmation code: 483-921',
    text: t`
      Confirm your email address

      Your confirmation code is below — enter it in your open browser window and we'll help you get signed in.

      483-921

      If you didn't request this email, there's nothing to worry about, you can safely ignore it.`,
  },
  {
    id: 'm2-in-008',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Hannah Wright <hannah.wright@kellerworks.com>',
    subject: 'Running late',
    text: t`
      Train's stuck outside Clapham, will be about 30 mins late. Started on the Lumen wireframes on my laptop meanwhile.`,
  },
  {
    id: 'm2-in-009',
    label: 'informational',
    kind: 'calendar',
    lang: 'en',
    from: 'Google Calendar <calendar-notification@google.com>',
    subject: 'Notification: Dentist @ Thu 19 Sep 2024 09:00 - 09:30 (BST)',
    text: t`
      This is a notification for:
      Dentist
      When: Thursday 19 Sep 2024 09:00 – 09:30 (BST)
      Calendar: sam@kellerworks.com

      Invitation from Google Calendar. You are receiving this email because you set a notification for this event.`,
  },
  {
    id: 'm2-in-010',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ravi Shah <ravi.shah@thompsonyoga.com>',
    to: 'teachers@thompsonyoga.com',
    subject: 'Cover for Tuesday 6pm',
    text: t`
      Hi all, I've found cover for my Tuesday 6pm next week (Lucy), so no need to worry about it. Thanks to everyone who offered!

      Ravi`,
  },
  {
    id: 'm2-in-011',
    label: 'informational',
    kind: 'newsletter',
    lang: 'de',
    from: 'Heise <newsletter@heise.de>',
    subject: 'heise online - Newsletter vom 18.09.2024',
    headers: bulk('<newsletter.heise.de>', '<https://www.heise.de/newsletter/abmelden>'),
    text: t`
      Die Themen des Tages: Neue Sicherheitslücke in Routern, Entwickler-Umfrage 2024 und ein Test von fünf Tastaturen.

      Newsletter abbestellen | Datenschutz`,
  },
  {
    id: 'm2-in-012',
    label: 'informational',
    kind: 'notification',
    lang: 'fr',
    from: 'Leboncoin <noreply@leboncoin.fr>',
    subject: 'Votre annonce est en ligne',
    text: t`
      Bonjour Sam,

      Votre annonce « Vélo de route 56 cm » est maintenant en ligne. Elle restera visible pendant 60 jours.

      L'équipe leboncoin`,
  },
  {
    id: 'm2-in-013',
    label: 'informational',
    kind: 'receipt',
    lang: 'es',
    from: 'Renfe <venta@renfe.es>',
    subject: 'Confirmación de compra - Localizador XK22P',
    text: t`
      Gracias por viajar con Renfe.

      Madrid Puerta de Atocha - Valencia Joaquín Sorolla, 24/09/2024 08:30
      Importe: 45,20 €

      Este es un correo automático.`,
  },
  {
    id: 'm2-in-014',
    label: 'informational',
    kind: 'shipping',
    lang: 'ja',
    from: 'ヤマト運輸 <mail@kuronekoyamato.co.jp>',
    subject: 'お荷物お届けのお知らせ',
    text: t`
      Sam Keller様

      お荷物を本日お届けいたします。
      お届け予定時間帯：14時～16時

      ※このメールは送信専用アドレスから配信しています。`,
  },
  {
    id: 'm2-in-015',
    label: 'informational',
    kind: 'notification',
    lang: 'pt',
    from: 'Mercado Livre <noreply@mercadolivre.com.br>',
    subject: 'Sua compra foi entregue',
    text: t`
      Olá Sam,

      Seu pacote foi entregue. Conte para nós o que achou do produto!

      Mercado Livre`,
  },
  {
    id: 'm2-sp-001',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Hannah Lee <hannah@brandvideo-co.com>',
    subject: 'Sam - idea for Kellerworks',
    text: t`
      Hi Sam,

      Hope your week's going well! I had an idea for Kellerworks - a 30-second brand video for your homepage. Our clients see on average 80% more enquiries. Are you open to a quick call on Thursday?

      Hannah`,
  },
  {
    id: 'm2-sp-002',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Mark Stevens <mark.stevens@recruitpro-talent.com>',
    subject: 'Sam, hiring developers?',
    text: t`
      Hi Sam,

      Are you hiring developers this year? We place pre-vetted senior React developers in 7 days, no fee unless you hire. Who would be the best person to speak to about this?

      Mark Stevens
      Talent Partner`,
  },
  {
    id: 'm2-sp-003',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Ashley <ashley@podcast-guest-booking.com>',
    subject: 'Podcast feature for Sam Keller',
    text: t`
      Hey Sam,

      We'd love to feature you on one of our partner podcasts reaching 250,000+ business owners! There's a small production fee of $497 to secure your spot. Interested? Just reply "yes" and I'll send the details.

      Ashley`,
  },
  {
    id: 'm2-sp-004',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Sophia Williams <sophia.williams.love@gmail.com>',
    subject: 'hello',
    text: t`
      Hello, I hope you don't mind me writing to you. I'm Sophia, 31, a doctor with the UN in Yemen. I found your email and I feel we could be good friends. Could you tell me more about yourself? I will tell you about me and send you my pictures.`,
  },
  {
    id: 'm2-sp-005',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'CEO Sam Keller <sam.keller.ceo@gmail.com>',
    to: 'hannah.wright@kellerworks.com',
    subject: 'Request',
    text: t`
      Hannah, are you available? I need you to buy some Apple gift cards for a client today. I'm in meetings all afternoon. Reply with your availability.

      Sam`,
  },
  {
    id: 'm2-sp-006',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'HMRC Online <noreply@hmrc-gov-uk.refund-portal.com>',
    subject: 'Tax rebate notification',
    text: t`
      Dear Applicant,

      We have identified an overpayment in your tax account. You are due a rebate of £612.40. Please complete the online form with your bank details to receive your refund within 3 working days.

      Claim your refund

      HM Revenue & Customs`,
  },
  {
    id: 'm2-sp-007',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Solar Savings <info@solarsavings-uk.biz>',
    subject: 'Government-backed FREE solar panels for homeowners',
    text: t`
      Dear Homeowner,

      You may qualify for FREE solar panels under the new government scheme. Save up to £1,200 a year on energy bills! Check your eligibility in 30 seconds.

      Limited places remaining in your area.

      Call free on 0800 555 0123. To opt out of future emails click here.`,
  },
  {
    id: 'm2-sp-008',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Jessica <jessica.m1992@yahoo.com>',
    subject: 'Re: our chat',
    text: t`
      hey! it was nice chatting yesterday :) here are my new pics like i promised, see them here before they get deleted: http://bit.ly/jess-pics2

      xoxo Jess`,
  },
  {
    id: 'm2-sp-009',
    label: 'spam',
    kind: 'crypto',
    lang: 'en',
    from: 'Kraken Support <support@kraken-wallet-verify.com>',
    subject: 'Your withdrawal is pending verification',
    text: t`
      Dear client,

      A withdrawal of 2.1 ETH is pending. To complete the KYC verification please log in within 12 hours, otherwise your account will be frozen.

      Verify now

      Kraken Security`,
  },
  {
    id: 'm2-sp-010',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Raj Patel <raj@offshore-devs.net>',
    subject: 'Dedicated developers at $15/hour',
    text: t`
      Hello Sir/Madam,

      We are a software company with 200+ developers. We provide dedicated PHP, React, WordPress and mobile developers at $15/hour. Can we schedule a call to discuss your requirements?

      Thanks & Regards
      Raj Patel
      Business Development Manager`,
  },
  {
    id: 'm2-sp-011',
    label: 'spam',
    kind: 'phishing',
    lang: 'de',
    from: 'Amazon Kundenservice <kundenservice@amazon-de-konto.info>',
    subject: 'Ihre Bestellung wurde storniert',
    text: t`
      Sehr geehrter Kunde,

      Ihre Bestellung konnte nicht bearbeitet werden, da Ihre Zahlungsinformationen abgelaufen sind. Bitte aktualisieren Sie Ihre Daten innerhalb von 24 Stunden, sonst wird Ihr Konto gesperrt.

      Daten aktualisieren`,
  },
  {
    id: 'm2-sp-012',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'fr',
    from: 'Thomas Leroy <thomas@agence-seo-premium.fr>',
    subject: 'Votre site en première page de Google',
    text: t`
      Bonjour,

      J'ai remarqué que votre site n'apparaît pas en première page de Google. Voulez-vous un audit SEO gratuit ? Nous garantissons des résultats en 90 jours.

      Cordialement,
      Thomas Leroy`,
  },
  {
    id: 'm2-sp-013',
    label: 'spam',
    kind: 'phishing',
    lang: 'es',
    from: 'Netflix <info@netflix-es-pagos.com>',
    subject: 'Problema con tu pago',
    text: t`
      Hola,

      No pudimos procesar tu último pago. ¿Puedes actualizar tu información de pago? Si no lo haces en 48 horas, tu cuenta será suspendida.

      Actualizar ahora

      El equipo de Netflix`,
  },
  {
    id: 'm2-sp-014',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'pt',
    from: 'Dr. António Mendes <antonio.mendes.advogado@gmail.com>',
    subject: 'Herança não reclamada',
    text: t`
      Prezado(a),

      Sou advogado de um cliente falecido que deixou uma herança de 5,3 milhões de euros sem herdeiros. Você aceitaria ser o beneficiário? Dividiremos o valor. Responda com urgência e de forma confidencial.`,
  },
  {
    id: 'm2-sp-015',
    label: 'spam',
    kind: 'phishing',
    lang: 'ja',
    from: '三井住友カード <info@smbc-card-security.top>',
    subject: '【重要】ご利用確認のお願い',
    text: t`
      いつも三井住友カードをご利用いただきありがとうございます。
      お客様のカードに不正利用の可能性があるため、ご利用を一時停止しております。
      24時間以内に以下のリンクよりご本人確認をお願いいたします。

      ご本人確認はこちら`,
  },
  {
    id: 'm2-sp-016',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Dating Alerts <alerts@meet-mature-locals.net>',
    subject: 'Sam, someone viewed your profile',
    text: t`
      Someone near you viewed your profile 3 times today! Want to see who? Upgrade now and get 50% off your first month.

      See who it is

      To stop receiving these alerts, unsubscribe here.`,
  },
  {
    id: 'm2-sp-017',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Laura Chen <laura@saas-reviews-hub.com>',
    subject: "Feature Kellerworks in our 2024 buyer's guide?",
    text: t`
      Hi Sam,

      We're putting together our 2024 guide to the best design agencies and Kellerworks caught our eye. Featured listings start at $349. Would you like me to hold a spot for you? Spots close Friday.

      Laura`,
  },
  {
    id: 'm2-sp-018',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mr. Robert Kalu <robertkalu.fund@outlook.com>',
    subject: 'Donation to you',
    text: t`
      Good day,

      I am Robert Kalu, a lottery winner of $40 million. I am donating $1,500,000 to five lucky individuals and your email was selected. Contact me for the claim procedure.

      God bless.`,
  },
];
