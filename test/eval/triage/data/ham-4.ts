import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Legitimate mail, fourth batch, that carries some of spam's marks: short personal questions
 * with links, money or urgency, free-mail senders, plain older-style personal mail, list posts
 * that ask the list a question (with and without list headers), and non-English mail.
 */
export const HAM_4: EvalEmail[] = [
  {
    id: 'a4-nr-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Jo Patel <jo.patel@gmail.com>',
    subject: 'this one?',
    text: t`
      Sam, is this the theme you meant? https://themeforest.net/item/studio-portfolio/2219931

      It's $59, happy to buy it if you think it'll do.

      Jo`,
  },
  {
    id: 'a4-nr-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Megan Doyle <megan.doyle@doylecafe.ie>',
    subject: 'Invoice',
    text: t`
      Hi Sam, can you resend the invoice for the menu update? I can't find it and I want to pay it before the end of the month. Was it €450 or €540?

      Thanks!
      Megan`,
  },
  {
    id: 'a4-nr-003',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Greg <gregfoster71@yahoo.com>',
    subject: 'dinner sat',
    text: t`
      hey sam, are you and Lucy still up for dinner on saturday? Claire booked the thai place at 8. let me know so I can confirm the table

      greg`,
  },
  {
    id: 'a4-nr-004',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Tariq Hussain <tariq@hussaintiles.co.uk>',
    subject: 'URGENT: checkout broken',
    text: t`
      Sam - customers say they can't pay on the site since this morning, the card page just spins. We've lost 3 orders already. Can you look at it NOW please? Call me on my mobile if easier.

      Tariq`,
  },
  {
    id: 'a4-nr-005',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Dave Whitaker <dave@whitaker-consulting.com>',
    subject: 'Referral from Grace Liu',
    text: t`
      Hi Sam,

      Grace Liu at Northfield gave me your name. I run a two-person consultancy and our website is from 2014, it shows. Would you have time for a quote in the next month or two? Rough budget is £4-6k.

      Best,
      Dave Whitaker`,
  },
  {
    id: 'a4-nr-006',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Lucy Keller <lucy.keller@gmail.com>',
    subject: 'flights',
    text: t`
      found these for october, £212 each return, is that ok? https://www.skyscanner.net/transport/flights/lond/lis/261009

      need to book by tonight, price goes up tomorrow

      x`,
  },
  {
    id: 'a4-nr-007',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ben Okoro <ben.okoro@okorolaw.com>',
    subject: 'Domain transfer - your fee?',
    text: t`
      Sam,

      Our old web guy registered okorolaw.com in his own name and has stopped answering. Can you help us get it transferred to us? What would you charge for sorting it out?

      Ben`,
  },
  {
    id: 'a4-nr-008',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Hannah Wright <hannah.wright@brightsidecharity.org>',
    subject: 'Donate button',
    text: t`
      Hi Sam,

      Could you add a "Donate now" button to the top of every page, linking to https://www.justgiving.com/brightside? Our appeal launches on Monday so it would be great to have it live by Friday. Let me know if that's possible.

      Many thanks,
      Hannah`,
  },
  {
    id: 'a4-nr-009',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Rob Mason <rob.mason@btinternet.com>',
    subject: 'Re: old site',
    text: t`
      Hi Sam

      Long time no speak! Hope the studio is going well. We're finally retiring and selling the shop. The buyer wants the website too - is that something you can hand over to them, and is there anything I need to sign?

      Cheers
      Rob`,
  },
  {
    id: 'a4-nr-010',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Nina Alvarez <nina@alvarezphoto.com>',
    subject: 'free hosting offer??',
    text: t`
      Hi Sam, I got an email saying my hosting will be FREE for life if I move to another company and it asks for my login. It looks dodgy to me, should I just delete it? Screenshot below.

      Nina`,
  },
  {
    id: 'a4-nr-011',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Owen Reilly <owen.reilly@reillyarchitects.ie>',
    subject: 'Catch up on Thursday?',
    text: t`
      Sam, are you around Thursday morning for half an hour? I want to go through the project gallery changes before we sign off the phase 2 budget (€3,800). Zoom is fine.

      Owen`,
  },
  {
    id: 'a4-nr-012',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Chris <chris.dunne@gmail.com>',
    subject: 'mac question',
    text: t`
      sam, quick one, my mac keeps saying the startup disk is full, is it safe to delete the stuff in ~/Library/Caches? dont want to break anything. ta`,
  },
  {
    id: 'a4-nr-013',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Sophie Lang <sophie.lang@langbakery.de>',
    subject: 'Prices on the site',
    text: t`
      Hi Sam,

      Our prices go up on the 1st. Please change the cake prices on the website: small $24 -> $27, medium $36 -> $39, large $48 -> $52. Can you confirm when it's done?

      Sophie`,
  },
  {
    id: 'a4-de-014',
    label: 'needs_reply',
    kind: 'question',
    lang: 'de',
    from: 'Jonas Becker <jonas.becker@web.de>',
    subject: 'Angebot für Vereinswebsite?',
    text: t`
      Hallo Sam,

      ich bin Kassenwart beim TSV Lindenau. Wir brauchen eine neue Vereinswebsite mit Terminkalender. Könntest du uns ein Angebot machen? Unser Budget liegt bei etwa 2.000 €.

      Viele Grüße
      Jonas`,
  },
  {
    id: 'a4-es-015',
    label: 'needs_reply',
    kind: 'question',
    lang: 'es',
    from: 'Carmen Ruiz <carmen.ruiz@hotmail.es>',
    subject: 'Pregunta sobre la factura',
    text: t`
      Hola Sam,

      He recibido la factura de 380 € pero creo que el mantenimiento de marzo ya lo pagué. ¿Puedes comprobarlo, por favor?

      Gracias,
      Carmen`,
  },
  {
    id: 'a4-fr-016',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'fr',
    from: 'Julien Moreau <julien.moreau@moreau-vins.fr>',
    subject: 'Rendez-vous la semaine prochaine ?',
    text: t`
      Bonjour Sam,

      Nous aimerions refaire la boutique en ligne avant les vendanges. Seriez-vous disponible mardi ou mercredi pour un appel ?

      Cordialement,
      Julien Moreau`,
  },
  {
    id: 'a4-nr-017',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Peter Lindqvist <peter.lindqvist@lindqvist.se>',
    subject: 'Student project - interview?',
    text: t`
      Hello Sam,

      I'm a second-year design student at Malmö University writing about small web studios. Would you be willing to answer five short questions by email for my paper? It would take about 15 minutes.

      Thank you,
      Peter`,
  },
  {
    id: 'a4-nr-018',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Amy Fisher <amy.fisher@fisherdental.co.uk>',
    subject: 'New photos - please add',
    text: t`
      Hi Sam,

      The new team photos are in the shared folder here: https://drive.google.com/drive/folders/1aB2cD3eF4

      Please swap them in on the About page. Also, can you take Dr. Hale off, she left last week?

      Thanks, Amy`,
  },
  {
    id: 'a4-nr-019',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Mum <margaret.keller@btinternet.com>',
    subject: 'Fwd: Your account',
    text: t`
      Sam, I got this from the bank, is it real? It wants me to click and log in. I haven't done anything yet.

      Love Mum

      ---------- Forwarded message ---------
      From: Security <alerts@secure-natwest-online.com>
      Subject: Your account

      Dear customer, your account has been locked. Click here to verify.`,
  },
  {
    id: 'a4-nr-020',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Steve Marsh <steve@marshplumbing.com>',
    subject: 'website down?',
    text: t`
      is our website down?? i cant get it to load on my phone or the office pc. customers have been calling. what's going on

      Steve`,
  },
  {
    id: 'a4-in-021',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Martin Hale <mhale@example-isp.net>',
    headers: bulk('<users.lists.postfix.org>', '<mailto:postfix-users-leave@lists.postfix.org>'),
    subject: 'Re: relay access denied after upgrade?',
    text: t`
      > After upgrading to 3.8 I get "Relay access denied" for my own users.
      > Has anyone seen this?

      Check mynetworks and smtpd_relay_restrictions in main.cf; the defaults changed. Did you run postconf -n to compare?

      Martin`,
  },
  {
    id: 'a4-in-022',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Kate Sorensen <kate@sorensen.dk>',
    headers: bulk('<wp-freelancers.groups.io>', '<mailto:wp-freelancers+unsubscribe@groups.io>'),
    subject: 'How much do you charge for maintenance plans?',
    text: t`
      Hi all,

      I'm setting up monthly maintenance plans for my clients and have no idea what to charge. Is $50/month reasonable for updates and backups? What do you include?

      Kate`,
  },
  {
    id: 'a4-in-023',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Bob Harris <bobh@linux.ie>',
    headers: {
      'List-Id': 'Irish Linux Users Group <ilug.linux.ie>',
      'List-Post': '<mailto:ilug@linux.ie>',
      Sender: 'ilug-admin@linux.ie',
    },
    subject: '[ILUG] cheap broadband in Cork?',
    text: t`
      Anyone know of a decent broadband provider in Cork that doesn't block port 25? The current crowd want 60 euro a month and still block it.

      Bob
      --
      Irish Linux Users' Group: ilug@linux.ie
      http://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.`,
  },
  {
    id: 'a4-in-024',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Alan Pierce <apierce@cs.example.edu>',
    headers: {
      'List-Id': 'Discussion of the exmh mail client <exmh-users.example.org>',
      'List-Unsubscribe': '<mailto:exmh-users-request@example.org?subject=unsubscribe>',
    },
    subject: 'Re: sequences not updating',
    text: t`
      On Tue, Chris wrote:
      > Since the last CVS update my unseen sequence never clears.

      Same here. I went back to the previous release and it works again, so something in the new code broke it. Can someone with CVS access check the commit from last Friday?

      Alan`,
  },
  {
    id: 'a4-in-025',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'PayPal <service@paypal.co.uk>',
    subject: 'You sent a payment of £59.00 GBP to ThemeForest',
    text: t`
      Hello Sam Keller,

      You sent a payment of £59.00 GBP to Envato Pty Ltd (ThemeForest).

      Transaction ID: 4TX88120LK221
      Total: £59.00 GBP

      It may take a few moments for this transaction to appear in your account.`,
  },
  {
    id: 'a4-in-026',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'GitHub <noreply@github.com>',
    subject: '[kellerworks/site] Dependabot alert: critical severity vulnerability',
    text: t`
      A critical severity vulnerability was found in a dependency of kellerworks/site.

      Package: next
      Affected versions: < 14.2.25
      Patched version: 14.2.25

      Review the alert: https://github.com/kellerworks/site/security/dependabot/12`,
  },
  {
    id: 'a4-in-027',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Jo Patel <jo.patel@gmail.com>',
    subject: 'FYI paid the hosting',
    text: t`
      Just so you know I paid the $239 hosting renewal with the studio card this morning, receipt is in the shared folder. Nothing to do.

      Jo`,
  },
  {
    id: 'a4-in-028',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Web Designer Depot <newsletter@webdesignerdepot.com>',
    headers: bulk('<weekly.webdesignerdepot.com>', '<https://webdesignerdepot.com/unsubscribe>'),
    subject: 'FREE FONTS, BLACK FRIDAY DEALS and the best CSS tricks of the year',
    text: t`
      THIS WEEK'S TOP STORIES

      20 free fonts for your next branding project
      Black Friday deals for designers: save up to 70% on tools
      The CSS tricks we used most this year

      You're receiving this because you subscribed at webdesignerdepot.com. Unsubscribe: https://webdesignerdepot.com/unsubscribe`,
  },
  {
    id: 'a4-in-029',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Garry Nolan <garry@nolan.org.uk>',
    to: 'Web Studio Owners <studio-owners@lists.example.org>',
    subject: 'Has anyone used Xero for invoicing?',
    text: t`
      Morning all,

      Thinking of moving from FreshBooks to Xero. Anyone here made the switch? Was it worth the $15/month extra?

      Garry

      --
      You are subscribed to studio-owners. To leave, send "unsubscribe" to studio-owners-request@lists.example.org`,
  },
  {
    id: 'a4-in-030',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Google <no-reply@accounts.google.com>',
    subject: 'Security alert: new sign-in on Mac',
    text: t`
      A new sign-in on Mac

      sam@kellerworks.com

      We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

      Check activity: https://myaccount.google.com/notifications`,
  },
  {
    id: 'a4-in-031',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Owen Reilly <owen.reilly@reillyarchitects.ie>',
    headers: { 'In-Reply-To': '<a4-031-prev@reillyarchitects.ie>' },
    subject: 'Re: gallery changes',
    text: t`
      Perfect, that's exactly it. Thanks Sam, all good from our side.

      Owen

      On Mon, Sam Keller wrote:
      > The new gallery is live, have a look and tell me if anything needs changing.`,
  },
  {
    id: 'a4-de-032',
    label: 'informational',
    kind: 'receipt',
    lang: 'de',
    from: 'Hetzner Online <rechnung@hetzner.com>',
    subject: 'Ihre Rechnung R0019928311',
    text: t`
      Sehr geehrter Herr Keller,

      anbei erhalten Sie Ihre Rechnung R0019928311 über 48,79 €. Der Betrag wird per Lastschrift von Ihrem Konto eingezogen.

      Mit freundlichen Grüßen
      Ihr Hetzner Online Team`,
  },
  {
    id: 'a4-in-033',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dan Kowalski <dank@razor.example.net>',
    headers: {
      'List-Id': 'Razor users <razor-users.lists.example.net>',
      'List-Unsubscribe': '<mailto:razor-users-request@lists.example.net?subject=unsubscribe>',
      Precedence: 'list',
    },
    subject: 'Re: [Razor-users] false positives on newsletters?',
    text: t`
      > Is anyone else seeing legit newsletters reported as spam?

      Yes, a few of mine got hit this week too. Revoking them with razor-revoke fixed it. Are you running the latest agents?

      Dan`,
  },
  {
    id: 'a4-in-034',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Royal Mail <no-reply@royalmail.com>',
    subject: 'Your parcel is on its way',
    text: t`
      Your parcel from Envato is on its way.

      Tracking number: RM 4418 2291 0GB
      Expected delivery: Thursday

      Track it: https://www.royalmail.com/track-your-item#/tracking-results/RM44182291`,
  },
];
