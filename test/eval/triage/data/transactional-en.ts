import { type EvalEmail, t } from '../eval-email.js';

/** Receipts, shipping notices, service notifications, real security alerts, calendar, auto-replies. */
export const TRANSACTIONAL_EN: EvalEmail[] = [
  {
    id: 'tx-en-001',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Amazon.co.uk <auto-confirm@amazon.co.uk>',
    subject: 'Your Amazon.co.uk order #204-5518823-1190712',
    text: t`
      Hello Sam Keller,

      Thank you for your order. We'll let you know once your item(s) have dispatched.

      Order #204-5518823-1190712
      Arriving: Thursday 13 June

      Anker USB-C Hub 7-in-1    £29.99
      Order Total: £29.99

      We hope to see you again soon.
      Amazon.co.uk`,
  },
  {
    id: 'tx-en-002',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Royal Mail <no-reply@royalmail.com>',
    subject: 'Your parcel is on its way',
    text: t`
      Your parcel from ARGOS is on its way and will be delivered today between 10:15 and 14:15.

      Tracking number: QJ 1234 5678 9GB

      Not going to be in? You can choose a Safeplace or a neighbour.

      Please do not reply to this email.`,
  },
  {
    id: 'tx-en-003',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Google <no-reply@accounts.google.com>',
    subject: 'Security alert',
    text: t`
      A new sign-in on Mac

      sam@kellerworks.com
      We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

      Check activity

      You can also see security activity at myaccount.google.com/notifications
      You received this email to let you know about important changes to your Google Account and services.
      © 2024 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA`,
  },
  {
    id: 'tx-en-004',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'GitHub <notifications@github.com>',
    to: 'kellerworks/shop-frontend <shop-frontend@noreply.github.com>',
    subject: '[kellerworks/shop-frontend] Fix double charge on retry (PR #214)',
    headers: {
      'List-Id': 'kellerworks/shop-frontend <shop-frontend.kellerworks.github.com>',
      'List-Unsubscribe': '<mailto:unsub+abc@reply.github.com>',
    },
    text: t`
      @ahmedh requested your review on: kellerworks/shop-frontend#214 Fix double charge on retry.

      —
      Reply to this email directly, view it on GitHub, or unsubscribe.
      You are receiving this because your review was requested.`,
  },
  {
    id: 'tx-en-005',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Stripe <receipts+acct_1Hx@stripe.com>',
    subject: 'Your receipt from Vercel Inc. #2331-8812',
    text: t`
      Receipt from Vercel Inc.
      Amount paid: $20.00
      Date paid: June 1, 2024
      Payment method: Visa - 4242

      Summary
      Pro plan (Jun 1 – Jul 1, 2024)   $20.00

      If you have any questions, contact us at billing@vercel.com.`,
  },
  {
    id: 'tx-en-006',
    label: 'informational',
    kind: 'calendar',
    lang: 'en',
    from: 'Google Calendar <calendar-notification@google.com>',
    subject: 'Invitation: Lumen discovery workshop @ Wed 5 Jun 2024 13:30 - 16:30 (BST)',
    text: t`
      Aisha Rahman has invited you to
      Lumen discovery workshop
      When: Wednesday 5 Jun 2024 13:30 – 16:30 (BST)
      Where: Lumen Health, 3 Park Row, Leeds

      Going? Yes - Maybe - No   more options »

      Invitation from Google Calendar
      You are receiving this email because you are an attendee on the event.`,
  },
  {
    id: 'tx-en-007',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: "Liam O'Connor <liam.oconnor@harbourlegal.ie>",
    subject: 'Automatic reply: Signed SOW',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: t`
      Thank you for your email. I am out of the office until Monday 17 June with limited access to email. For urgent matters please contact reception on +353 1 555 0100.

      Liam`,
  },
  {
    id: 'tx-en-008',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Slack <feedback@slack.com>',
    subject: 'You have 3 unread messages in Kellerworks',
    text: t`
      Hi Sam, you have new messages:

      #general  Ruth: Reminder office closed Friday
      DM  Ahmed: deployed 🚀
      #clients  Sarah: Lumen contract is in

      Open Slack

      You're receiving this email because you have notifications enabled. Change settings.`,
  },
  {
    id: 'tx-en-009',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Trainline <auto-confirm@info.thetrainline.com>',
    subject: 'Your booking confirmation - London to Leeds',
    text: t`
      Hi Sam,

      You're all booked. Your tickets are in the app.

      Outbound: Wed 5 Jun, 07:33 London Kings Cross → Leeds, arrives 09:46
      Return: Wed 5 Jun, 17:45 Leeds → London Kings Cross
      Total paid: £96.40

      Transaction ID: 7723-1982-55
      Have a great journey!`,
  },
  {
    id: 'tx-en-010',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Microsoft account team <account-security-noreply@accountprotection.microsoft.com>',
    subject: 'Microsoft account security code',
    text: t`
      Microsoft account

      Security code

      Please use the following security code for the Microsoft account sa***@kellerworks.com.

      Security code: 481920

      If you don't recognise the Microsoft account sa***@kellerworks.com, you can click here to remove your email address from that account.

      Thanks,
      The Microsoft account team`,
  },
  {
    id: 'tx-en-011',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Xero <messaging-service@post.xero.com>',
    subject: 'Invoice INV-0412 from Kellerworks Ltd has been paid',
    text: t`
      Hi Sam,

      Good news! Lumen Health has paid invoice INV-0412 for £6,450.00.

      The payment has been reconciled in your bank feed.

      Xero. Beautiful business.`,
  },
  {
    id: 'tx-en-012',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'DPD <noreply@dpd.co.uk>',
    subject: 'Your DPD parcel from Apple is arriving today',
    text: t`
      Hi Sam,

      Your parcel 1550 2039 8871 will be delivered today between 11:52 and 12:52 by Adam.

      Track your driver live on the DPD app.

      This is an automated email, please do not reply.`,
  },
  {
    id: 'tx-en-013',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'UptimeRobot <alert@uptimerobot.com>',
    subject: 'Monitor is DOWN: fletcherbakes.com',
    text: t`
      Hi,

      The monitor fletcherbakes.com (https://fletcherbakes.com) is currently DOWN (HTTP 500 - Internal Server Error).

      Event timestamp: 2024-06-06 08:12:44 GMT+1

      UptimeRobot will alert you when it is back up.`,
  },
  {
    id: 'tx-en-014',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'UptimeRobot <alert@uptimerobot.com>',
    subject: 'Monitor is UP: fletcherbakes.com',
    text: t`
      Hi,

      The monitor fletcherbakes.com is back UP (200 - OK). It was down for 2 hours, 8 minutes.`,
  },
  {
    id: 'tx-en-015',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Uber Receipts <noreply@uber.com>',
    subject: 'Your Wednesday evening trip with Uber',
    text: t`
      Thanks for riding, Sam
      Total £18.62

      Trip fare £15.10
      Booking fee £2.50
      Tip £1.02

      Visa ••••4242
      You rode with Mohammed. Rate or tip.`,
  },
  {
    id: 'tx-en-016',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'PayPal <service@paypal.co.uk>',
    subject: "You've got money",
    text: t`
      Hello Sam Keller,

      Megan Fletcher sent you £240.00 GBP.

      Note from Megan: "Emergency fix - thank you!"

      The money is in your PayPal balance. Log in to your PayPal account to view the transaction.

      Help & Contact | Security | Apps
      PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.`,
  },
  {
    id: 'tx-en-017',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Google Workspace <workspace-noreply@google.com>',
    subject: 'Your Google Workspace invoice is available',
    text: t`
      Your invoice for kellerworks.com is available

      Billing account: 0123-4567-89AB
      Amount: £64.80
      Payment will be charged automatically to your card ending 4242.

      View invoice in the Admin console.

      © 2024 Google LLC. You've received this mandatory service announcement to update you about important changes to your Google Workspace account.`,
  },
  {
    id: 'tx-en-018',
    label: 'informational',
    kind: 'calendar',
    lang: 'en',
    from: 'Calendly <notifications@calendly.com>',
    subject: 'New Event: Natalie Ford - 45 Minute Meeting',
    text: t`
      Hi Sam Keller,

      A new event has been scheduled.

      Event Type: Podcast recording
      Invitee: Natalie Ford
      Event Date/Time: 10:00am - Tuesday, 2 July 2024 (London)
      Location: Zoom (link in invite)

      View event in Calendly`,
  },
  {
    id: 'tx-en-019',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: 'Rachel Adeyemi <r.adeyemi@northgate-housing.org>',
    subject: 'Out of Office: Quote for accessibility audit',
    text: t`
      I'm on annual leave until 1 July. For anything urgent please contact digital@northgate-housing.org.

      Rachel`,
  },
  {
    id: 'tx-en-020',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Companies House <noreply@companieshouse.gov.uk>',
    subject: 'Confirmation statement due for KELLERWORKS LTD',
    text: t`
      Dear Sir/Madam,

      The confirmation statement for KELLERWORKS LTD (company number 11223344) is due on 30 June 2024.

      You can file it online using WebFiling. There is a £34 fee.

      This is an automated message. Please do not reply.`,
  },
  {
    id: 'tx-en-021',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Apple <no_reply@email.apple.com>',
    subject: 'Your receipt from Apple.',
    text: t`
      Receipt
      APPLE ACCOUNT: sam@kellerworks.com
      DATE: 14 Jun 2024
      ORDER ID: MT3QX8R2P1
      DOCUMENT NO.: 198223110

      iCloud+ 200GB  Monthly  £2.99
      TOTAL £2.99

      Privacy: We use a Subscriber ID to provide reports to developers.`,
  },
  {
    id: 'tx-en-022',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'GitHub <noreply@github.com>',
    subject: '[GitHub] A new SSH authentication public key was added to your account',
    text: t`
      The following SSH key was added to your account:

      MacBook Air 2024
      SHA256:3bX8a1...

      If you believe this key was added in error, you can remove the key and disable access at the following location:
      https://github.com/settings/keys`,
  },
  {
    id: 'tx-en-023',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Dropbox <no-reply@dropbox.com>',
    subject: 'Chloé shared "spring 24" with you',
    text: t`
      Chloé Dupont shared a folder with you

      spring 24
      38 files

      Go to folder

      Enjoy!
      The Dropbox team`,
  },
  {
    id: 'tx-en-024',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Evri <noreply@evri.com>',
    subject: "We've delivered your parcel",
    text: t`
      Good news, your parcel from ASOS has been delivered to your safe place: porch.

      Photo of delivery available in the app.

      Thanks for choosing Evri.`,
  },
  {
    id: 'tx-en-025',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'HMRC <noreply@confirmation.tax.service.gov.uk>',
    subject: 'Your VAT Return has been received',
    text: t`
      Dear Kellerworks Ltd,

      We've received your VAT Return for the period 01 03 24 to 31 05 24.

      You can view your returns by signing in to your HMRC online services account.

      From HM Revenue and Customs
      This email address cannot accept replies.`,
  },
  {
    id: 'tx-en-026',
    label: 'informational',
    kind: 'calendar',
    lang: 'en',
    from: 'Microsoft Outlook <no-reply@microsoft.com>',
    subject: 'Accepted: Podcast recording',
    text: t`
      Natalie Ford has accepted this meeting.

      When: Tuesday, 2 July 2024 10:00-10:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
      Where: Microsoft Teams Meeting`,
  },
  {
    id: 'tx-en-027',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Booking.com <noreply@booking.com>',
    subject: 'Your booking at Hotel Brooklyn Manchester is confirmed',
    text: t`
      Thanks, Sam! Your booking in Manchester is confirmed.

      Hotel Brooklyn Manchester
      Check-in: Thu 11 July (from 15:00)
      Check-out: Fri 12 July (until 11:00)
      Total price: £142

      Manage booking | Contact property`,
  },
  {
    id: 'tx-en-028',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Jira <jira@kellerworks.atlassian.net>',
    subject: '[JIRA] (KW-318) Tracking table unreadable on mobile',
    text: t`
      Kevin Osei created an issue
      KW-318 Tracking table unreadable on mobile
      Issue Type: Bug
      Assignee: Sam Keller
      Priority: Medium

      Estimated delivery time column is cut off on screens under 400px.

      This message was sent by Atlassian Jira.`,
  },
  {
    id: 'tx-en-029',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Barclays <notifications@email.barclays.co.uk>',
    subject: "We've noticed a new device",
    text: t`
      Hello Mr Keller,

      You've just logged in to the Barclays app on a new device (iPhone 15). If this was you, you don't need to do anything.

      If it wasn't you, call us on the number on the back of your card. We'll never ask you for your full PIN or passcode by email.

      Barclays`,
  },
  {
    id: 'tx-en-030',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Zoom <no-reply@zoom.us>',
    subject: 'Cloud Recording - Podcast recording is now available',
    text: t`
      Hi Sam Keller,

      Your cloud recording is now available.

      Topic: Podcast recording
      Date: Jul 2, 2024 10:02 AM London

      Share recording with viewers: (link)
      Thank you for choosing Zoom.`,
  },
  {
    id: 'tx-en-031',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Ruth Baines <ruth.baines@kellerworks.com>',
    subject: 'Updated holiday calendar',
    text: t`
      Hi Sam, just a heads-up: I've updated the team holiday calendar with everyone's summer bookings. No clashes on client deadlines. No reply needed.

      Ruth`,
  },
  {
    id: 'tx-en-032',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Deliveroo <noreply@t.deliveroo.com>',
    subject: "Your order's been placed",
    text: t`
      Thanks for your order, Sam!

      Rosa's Thai Café is preparing it now. Estimated arrival 19:25-19:35.

      2x Pad Thai, 1x Green curry, Jasmine rice
      Total £38.45`,
  },
  {
    id: 'tx-en-033',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: "Let's Encrypt Expiry Bot <expiry@letsencrypt.org>",
    subject: 'Let\'s Encrypt certificate expiration notice for domain "staging.fletcherbakes.com"',
    text: t`
      Hello,

      Your certificate (or certificates) for the names listed below will expire in 19 days (on 2024-07-09). Please make sure to renew your certificate before then, or visitors to your web site will encounter errors.

      staging.fletcherbakes.com

      For any questions or support, please visit https://community.letsencrypt.org/. Unfortunately, we can't provide support by email.`,
  },
  {
    id: 'tx-en-034',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Sarah Collins <sarah.collins@kellerworks.com>',
    subject: 'Notes from the Lumen call',
    text: t`
      Hi Sam, notes from this morning's call are in the shared drive (Lumen > Meetings). Main points: they want the pilot in September, budget confirmed, Aisha is the decision maker. Just for your info, nothing needed from you before Monday.

      S`,
  },
  {
    id: 'tx-en-035',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Apple <noreply@email.apple.com>',
    subject: 'Your Apple Account was used to sign in to iCloud via a web browser',
    text: t`
      Dear Sam Keller,

      Your Apple Account (sam@kellerworks.com) was used to sign in to iCloud via a web browser.

      Date and Time: 20 June 2024, 18:44 BST

      If the information above looks familiar, you can disregard this email.

      If you have not signed in to iCloud recently and believe someone may have accessed your account, go to Apple Account (appleid.apple.com) and change your password as soon as possible.

      Apple Support`,
  },
  {
    id: 'tx-en-036',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Docusign NA3 System <dse_NA3@docusign.net>',
    subject: 'Completed: Please DocuSign: Kellerworks SOW - Harbour Legal.pdf',
    text: t`
      All parties have completed Please DocuSign: Kellerworks SOW - Harbour Legal.pdf.

      VIEW COMPLETED DOCUMENT

      Do Not Share This Email
      This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.`,
  },
  {
    id: 'tx-en-037',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Screwfix <orders@screwfix.com>',
    subject: 'Order Confirmation 4401928831',
    text: t`
      Thanks for your order Sam.

      Click & Collect from Hackney Wick
      Ready: Today from 14:30

      Wera Kraftform screwdriver set x1  £27.99
      Total: £27.99 (inc VAT)

      Bring your order number and payment card.`,
  },
  {
    id: 'tx-en-038',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: 'Support <support@hostinglane.net>',
    subject: '[Ticket #88213] We received your request',
    headers: { 'Auto-Submitted': 'auto-replied' },
    text: t`
      Hello,

      Thank you for contacting HostingLane support. Your ticket #88213 has been created and a member of our team will respond within 24 hours.

      Subject: DNS zone not updating for fletcherbakes.com

      This is an automated message.`,
  },
  {
    id: 'tx-en-039',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Google Search Console <sc-noreply@google.com>',
    subject: 'New Page indexing issue detected for site fletcherbakes.com',
    text: t`
      To the owner of fletcherbakes.com:

      Search Console has identified that your site is affected by 1 new Page indexing related issue. This means that Page indexing may be negatively affected in Google Search results. We encourage you to fix this issue.

      Top new issue found: Page with redirect

      Fix Page indexing issues`,
  },
  {
    id: 'tx-en-040',
    label: 'informational',
    kind: 'calendar',
    lang: 'en',
    from: 'Priya Natarajan <priya.n@orbitlabs.io>',
    subject: 'Updated invitation: Onboarding review @ Wed 12 Jun 2024 14:00 - 14:30 (BST)',
    text: t`
      This event has been changed.
      Onboarding review
      When: Changed: Wednesday 12 Jun 2024 14:00 – 14:30 (BST)
      Joining info: meet.google.com/abc-defg-hij

      Reply for sam@kellerworks.com: Yes / No / Maybe

      Invitation from Google Calendar`,
  },
];
