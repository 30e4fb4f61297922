import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Mail that needs no answer, third batch: receipts, shipping, service notifications, genuine
 * security alerts, calendar notices, auto-replies, FYIs from people, and list and newsletter
 * traffic with and without list headers (some list posts ask the list a question).
 */
export const INFORMATIONAL_3: EvalEmail[] = [
  {
    id: 'f3-en-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Figma <billing@figma.com>',
    subject: 'Your Figma receipt [#2291-4471]',
    text: t`
      Receipt from Figma, Inc.

      Amount paid: $180.00
      Date paid: May 2
      Payment method: Visa ending 4411

      Professional plan - 1 editor (annual)

      If you have any questions, visit our help center.`,
  },
  {
    id: 'f3-en-002',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Trainline <auto-confirm@info.thetrainline.com>',
    subject: 'Your booking confirmation - Bristol Temple Meads to London Paddington',
    text: t`
      Hi Sam,

      Thanks for booking with Trainline. Your e-ticket is ready in the app.

      Outbound: Tue 14 May, 07:30 Bristol Temple Meads → London Paddington
      Total paid: £86.40

      Booking reference: TL9KX22`,
  },
  {
    id: 'f3-en-003',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Amazon.co.uk <shipment-tracking@amazon.co.uk>',
    subject: 'Your Amazon.co.uk order has been dispatched',
    text: t`
      Hello Sam,

      Your package with "Anker USB-C Hub" has been dispatched and is on its way. Arriving tomorrow by 10pm.

      Track your package: https://www.amazon.co.uk/progress-tracker/package/ref=pe_2640

      We hope to see you again soon.`,
  },
  {
    id: 'f3-en-004',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Royal Mail <no-reply@royalmail.com>',
    subject: 'Your item has been delivered',
    text: t`
      Your item with reference JW551820114GB was delivered at 11:42 today and signed for by KELLER.

      You can view the proof of delivery at royalmail.com/track-your-item.

      Please do not reply to this email.`,
  },
  {
    id: 'f3-en-005',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'GitHub <noreply@github.com>',
    subject: '[kellerworks/holt-plumbing] Run failed: deploy - main (a1f93c2)',
    text: t`
      deploy: All jobs have failed

      View workflow run: https://github.com/kellerworks/holt-plumbing/actions/runs/8812234

      You are receiving this because you are subscribed to this thread. Manage your GitHub Actions notifications.`,
  },
  {
    id: 'f3-en-006',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'UptimeRobot <alert@uptimerobot.com>',
    subject: 'Monitor is UP: holtandsons.com',
    text: t`
      Hi,

      The monitor holtandsons.com (https://holtandsons.com) is back UP (200 OK). It was down for 4 minutes and 12 seconds.

      Event timestamp: 2025-03-04 09:16:02 UTC

      UptimeRobot`,
  },
  {
    id: 'f3-en-007',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Google <no-reply@accounts.google.com>',
    subject: 'Security alert',
    text: t`
      A new sign-in on Mac

      sam@kellerworks.com

      We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

      Check activity: https://myaccount.google.com/notifications

      You received this email to let you know about important changes to your Google Account and services.`,
  },
  {
    id: 'f3-en-008',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Stripe <notifications@stripe.com>',
    subject: 'Two-step authentication enabled on your Stripe account',
    text: t`
      Hi Sam,

      Two-step authentication was turned on for your Stripe account (Kellerworks Ltd). You will now need your authenticator app to sign in.

      If you did not make this change, contact Stripe support immediately.

      - The Stripe team`,
  },
  {
    id: 'f3-en-009',
    label: 'informational',
    kind: 'calendar',
    lang: 'en',
    from: 'Kate Morris <kate.morris@palmerestates.co.uk>',
    subject: 'Invitation: Website intro @ Thu 16 May 10:00 - 10:30 (BST)',
    text: t`
      Kate Morris has invited you to this event.

      Website intro
      Thursday 16 May · 10:00 – 10:30 (British Summer Time)
      Google Meet: meet.google.com/xsa-pqrt-mnb

      Reply for sam@kellerworks.com: Yes / No / Maybe

      Invitation from Google Calendar`,
  },
  {
    id: 'f3-en-010',
    label: 'informational',
    kind: 'calendar',
    lang: 'en',
    from: 'Calendly <notifications@calendly.com>',
    subject: 'New Event: Amira Saleh - 30 Minute Meeting',
    text: t`
      Hi Sam Keller,

      A new event has been scheduled.

      Event Type: 30 Minute Meeting
      Invitee: Amira Saleh
      Event Date/Time: 10:00am - Tuesday, 21 May 2025 (London)

      View event in Calendly`,
  },
  {
    id: 'f3-en-011',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: 'Ruth Evans <ruth.evans@btinternet.com>',
    subject: 'Automatic reply: Parish council website',
    text: t`
      Thank you for your email. I work part-time (Monday and Thursday) and will reply on my next working day.

      For urgent matters please contact the Chairman, Cllr Phillips.

      Ruth Evans, Parish Clerk`,
  },
  {
    id: 'f3-en-012',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: 'Victor Mensah <victor.mensah@mensahgroup.com>',
    subject: 'Out of Office: Proposal',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: t`
      I am out of the office until Monday 3 June with limited access to email. For anything urgent please contact operations@mensahgroup.com.

      Victor Mensah`,
  },
  {
    id: 'f3-en-013',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Chris Dale <chris@daleandpartners.com>',
    subject: 'FYI - office closed Friday',
    text: t`
      Hi Sam, just so you know the office is closed this Friday for the move, so if you need anything from us it'll be Monday. Nothing needed from you.

      Chris`,
  },
  {
    id: 'f3-en-014',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Simon Clarke <simon.clarke@clarkeaccounting.co.uk>',
    subject: 'VAT return submitted',
    text: t`
      Hi Sam,

      Just to let you know I've submitted the VAT return for the quarter to HMRC. £2,314.60 will be collected by direct debit on the 7th. No action needed.

      Simon`,
  },
  {
    id: 'f3-en-015',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Xero <messaging-service@post.xero.com>',
    subject: 'Invoice INV-0412 from Kellerworks Ltd has been paid',
    text: t`
      Hi Sam,

      Webb Accountancy paid invoice INV-0412 for £1,850.00 on 5 March.

      View invoice in Xero

      This is an automated message. Please do not reply.`,
  },
  {
    id: 'f3-en-016',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Cloudflare <noreply@notify.cloudflare.com>',
    subject: 'SSL/TLS certificate renewed for holtandsons.com',
    text: t`
      Your edge certificate for holtandsons.com was renewed and is now active. It is valid until 2 June 2025.

      No action is required.

      Manage your notification settings in the Cloudflare dashboard.`,
  },
  {
    id: 'f3-en-017',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Uber Receipts <noreply@uber.com>',
    subject: 'Your Wednesday evening trip with Uber',
    text: t`
      Thanks for riding, Sam

      Total £14.20
      Trip fare £12.70, Booking fee £1.50

      Watershed, Bristol → Kellerworks, Stokes Croft

      Download PDF`,
  },
  {
    id: 'f3-en-018',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'LinkedIn <messages-noreply@linkedin.com>',
    subject: 'Laura Bennett commented on your post',
    headers: bulk('<notifications.linkedin.com>', '<https://www.linkedin.com/e/unsub>'),
    labels: ['INBOX', 'UNREAD', 'CATEGORY_SOCIAL'],
    text: t`
      Laura Bennett commented on your post: "Great talk this morning, thanks Sam!"

      See comment

      You are receiving LinkedIn notification emails. Unsubscribe.`,
  },
  {
    id: 'f3-en-019',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'CSS Weekly <newsletter@css-weekly.com>',
    subject: 'CSS Weekly #612: anchor positioning in practice',
    headers: bulk('<cssweekly.list>', '<https://css-weekly.com/unsubscribe/9921>'),
    text: t`
      Hi,

      This week: anchor positioning in practice, a deep dive into the new color functions, and why your container queries aren't firing.

      Read the issue online.

      You're receiving this because you subscribed to CSS Weekly. Unsubscribe or update preferences.`,
  },
  {
    id: 'f3-en-020',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Bristol Web Folk <hello@bristolwebfolk.org>',
    subject: 'May meetup: accessibility audits on a budget',
    text: t`
      Hi all,

      Our May meetup is on Thursday 23rd at the Engine Shed, doors 6:30pm. Rosa Delgado will talk about running accessibility audits with free tools, followed by lightning talks.

      Pizza sponsored by Brightwire. Register on Meetup so we know numbers.

      See you there!
      The Bristol Web Folk organisers`,
  },
  {
    id: 'f3-en-021',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Martin Lee <mlee@holloway.dev>',
    subject: '[wp-bristol] Anyone seen this cron error after 6.5?',
    headers: {
      'List-Id': 'WordPress Bristol <wp-bristol.lists.wpbristol.org>',
      Precedence: 'list',
    },
    text: t`
      Hi list,

      Since updating to 6.5 one of my client sites logs "Cron reschedule event error for hook" every minute. Has anyone else seen this? Any ideas what causes it?

      Thanks,
      Martin

      _______________________________________________
      wp-bristol mailing list`,
  },
  {
    id: 'f3-en-022',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Sarah Okafor <sarah.okafor@gmail.com>',
    subject: 'Re: [freelancers-sw] Rate for a 3-day workshop?',
    headers: {
      'List-Id': '<freelancers-sw.groups.io>',
      'List-Unsubscribe': '<mailto:freelancers-sw+unsubscribe@groups.io>',
    },
    text: t`
      I'd charge 3x your day rate plus prep time at half rate. Clients expect to pay for prep, don't be shy about it.

      Sarah

      > What would people charge for a 3-day workshop?`,
  },
  {
    id: 'f3-en-023',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Stokes Croft Traders <chair@stokescrofttraders.org.uk>',
    subject: 'Street party road closure 15 June',
    text: t`
      Dear members,

      A reminder that the road will be closed from 8am to 10pm on Saturday 15 June for the street party. Deliveries should be arranged for Friday or Monday. Stalls are still available if you'd like one; details on the website.

      Best wishes,
      Stokes Croft Traders Association`,
  },
  {
    id: 'f3-en-024',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Companies House <noreply@companieshouse.gov.uk>',
    subject: 'Your confirmation statement is due',
    text: t`
      Company number 11234567 - KELLERWORKS LTD

      Your confirmation statement is due on 14 June 2025. You can file it online; it costs £34.

      If you have already filed it, please ignore this reminder.

      Companies House`,
  },
  {
    id: 'f3-en-025',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'WordPress <wordpress@fieldingfarm.co.uk>',
    subject: '[Fielding Farm] Your site has updated to WordPress 6.5.3',
    text: t`
      Howdy! Your site at https://fieldingfarm.co.uk has been updated automatically to WordPress 6.5.3.

      No further action is needed on your part.

      The WordPress Team`,
  },
  {
    id: 'f3-en-026',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Fletcher Bakes website <wordpress@fletcherbakes.com>',
    subject: '[Fletcher Bakes] New order #1042',
    text: t`
      You've received the following order from Helen Price:

      Order #1042 (12 May)
      Gluten-free celebration cake x 1 - £65.00
      Delivery - £6.00
      Total: £71.00

      Congratulations on the sale.`,
  },
  {
    id: 'f3-en-027',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Smashing Magazine <newsletter@smashingmagazine.com>',
    subject: 'Smashing Newsletter: Design Systems, Forms, Motion',
    headers: bulk('<smashing.newsletter>', '<https://www.smashingmagazine.com/unsubscribe>'),
    text: t`
      Hello Smashing Friends,

      This week we look at form design patterns that actually reduce errors, the state of motion design on the web and a free chapter of our new book.

      Is there a topic you'd like us to cover? Hit reply and tell us!

      Unsubscribe · View in browser`,
  },
  {
    id: 'f3-en-028',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Slack <feedback@slack.com>',
    subject: '[Holt & Sons] You have 3 new messages',
    text: t`
      You have 3 new messages in Holt & Sons

      Jenny Holt: can you check the booking form on mobile when you get a sec
      Jenny Holt: never mind, it's fine now
      Tom Holt: 👍

      Open Slack. You can change how often you receive these emails in your preferences.`,
  },
  {
    id: 'f3-en-029',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Liam Carter <liam@cartercoffee.co>',
    subject: 'new menu is up in the shop',
    text: t`
      Hey Sam, just a heads-up that we changed the prices in the shop ourselves today (you showed me how). All looks fine, nothing for you to do. Cheers!`,
  },
  {
    id: 'f3-en-030',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Apple <no_reply@email.apple.com>',
    subject: 'Your receipt from Apple.',
    text: t`
      Receipt

      APPLE ACCOUNT sam@kellerworks.com
      DATE 3 May 2025
      ORDER ID MNX82KLP1

      iCloud+ with 200 GB (Monthly) £2.99

      Privacy: We use a Subscriber ID to provide reports to developers.`,
  },
  {
    id: 'f3-en-031',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Google Search Console <sc-noreply@google.com>',
    subject: 'New Core Web Vitals issue detected for site holtandsons.com',
    text: t`
      To the owner of holtandsons.com:

      Search Console has identified that your site is affected by 1 Core Web Vitals issue: LCP issue: longer than 2.5s (mobile).

      Fix Core Web Vitals issues: https://search.google.com/search-console/core-web-vitals

      You are receiving this because you are a verified owner of the property.`,
  },
  {
    id: 'f3-en-032',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Federation of Small Businesses <news@fsb.org.uk>',
    subject: 'FSB member update: late payment reforms, energy support',
    text: t`
      Dear Sam,

      In this month's member update: what the new late payment rules mean for you, energy bill support for small firms and the dates of our spring networking events.

      Members can get free legal advice 24/7 on 0808 168 5874.

      You are receiving this email as an FSB member. Manage your preferences.`,
  },
  {
    id: 'f3-en-033',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dev Patel <dev@patelstudio.co.uk>',
    subject: '[Bristol Creative Network] Looking for a motion designer',
    text: t`
      Hi everyone,

      We're looking for a freelance motion designer for a two-week job in June. Anyone free, or can anyone recommend someone? Reply to me directly, not the list.

      Thanks,
      Dev

      --
      You received this message because you are subscribed to the Google Groups "Bristol Creative Network" group.`,
  },
  {
    id: 'f3-en-034',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Dropbox <no-reply@dropbox.com>',
    subject: 'Peter Lang shared "Clifton house - photos" with you',
    text: t`
      Peter Lang (peter.lang@langarchitects.co.uk) invited you to view the folder "Clifton house - photos".

      Go to folder: https://www.dropbox.com/scl/fo/8x2k1/clifton

      Enjoy!
      The Dropbox team`,
  },
  {
    id: 'f3-en-035',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
    subject: 'Microsoft account security code',
    text: t`
      Please use the following security code for the Microsoft account sa**@kellerworks.com.

      Security code: 482119

      If you don't recognise the Microsoft account sa**@kellerworks.com, you can click here to remove your email address from that account.

      Thanks,
      The Microsoft account team`,
  },
  {
    id: 'f3-en-036',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Josh W Comeau <josh@joshwcomeau.com>',
    subject: 'A new way to think about CSS layout',
    text: t`
      Hey friend!

      I just published a new tutorial about how CSS layout algorithms work, and why "the same property" can behave completely differently in Flexbox and Grid.

      Read it here: https://www.joshwcomeau.com/css/layout-algorithms/

      Have a lovely week,
      Josh

      You're on this list because you signed up at joshwcomeau.com. Unsubscribe any time.`,
  },
  {
    id: 'f3-en-037',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Wise <noreply@wise.com>',
    subject: "You've received €650.00 EUR",
    text: t`
      Hi Sam,

      Aoife Brennan sent you €650.00 EUR. It's now in your EUR balance.

      Reference: Retreat site deposit

      The Wise Team`,
  },
  {
    id: 'f3-en-038',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Jack Thornton <jack@thorntonbikes.com>',
    subject: 'Fwd: Shopify payout',
    text: t`
      FYI the Black Friday banner did its job, see below 😀 no need to reply

      ---------- Forwarded message ---------
      From: Shopify <mailer@shopify.com>
      Subject: Your payout of £8,412.20 is on its way`,
  },
  {
    id: 'f3-en-039',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ruth Evans <ruth.evans@btinternet.com>',
    subject: 'Little Hinton Parish Council - minutes of April meeting',
    to: 'undisclosed-recipients:;',
    text: t`
      Dear all,

      Please find attached the draft minutes of the April meeting, and the agenda for 14 May. Any corrections to me by Friday, please.

      Ruth Evans
      Parish Clerk`,
  },
  {
    id: 'f3-en-040',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Zoom <no-reply@zoom.us>',
    subject: 'Cloud Recording - Holt kickoff is now available',
    text: t`
      Hi Sam Keller,

      Your cloud recording is now available.

      Topic: Holt kickoff
      Date: 3 Apr 2025 10:00 London

      Share recording with viewers: https://us06web.zoom.us/rec/share/Xk28a

      Thank you for choosing Zoom.`,
  },
  {
    id: 'f3-en-041',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Screwfix <orders@screwfix.com>',
    subject: 'Your Screwfix order is ready to collect',
    text: t`
      Hi Sam,

      Good news, your order 8812093 is ready to collect from Screwfix Bristol Eastgate. Show this email or your order number at the counter.

      We'll hold it for 7 days.`,
  },
  {
    id: 'f3-en-042',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Ahrefs <hello@ahrefs.com>',
    subject: 'New in Ahrefs: AI content helper, site audit speedups',
    headers: bulk('<ahrefs.newsletter>', '<https://ahrefs.com/unsubscribe>'),
    text: t`
      Hey Sam,

      Here's what we shipped this month: an AI content helper in Keywords Explorer, faster site audits for big sites and a new "Opportunities" report.

      Read the full changelog.

      Unsubscribe from product updates.`,
  },
  {
    id: 'f3-en-043',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Neighbourhood Watch <stokescroft.nw@gmail.com>',
    subject: 'Bike thefts on Jamaica Street',
    text: t`
      Hi all,

      Two bikes were stolen from outside studios on Jamaica Street this week, both locked with cable locks. Police advise D-locks and bringing bikes inside where possible.

      Stay safe,
      Stokes Croft Neighbourhood Watch`,
  },
  {
    id: 'f3-en-044',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Google Workspace <workspace-noreply@google.com>',
    subject: 'Your Google Workspace invoice is available',
    text: t`
      Your Google Workspace monthly invoice is available. Amount: £27.60 for kellerworks.com. It will be charged automatically to the card on file.

      You received this mandatory email service announcement to update you about important changes to your Google Workspace account.`,
  },
  {
    id: 'f3-en-045',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Olivia Grant <olivia.grant@grantcounselling.co.uk>',
    subject: 'Booking form - ignore my last email',
    text: t`
      Sorry Sam, ignore my question about the confirmations, the lady found it in her spam folder! All working.

      Olivia`,
  },
];
