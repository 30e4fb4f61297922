import { type EvalEmail, t } from '../eval-email.js';

const thread = (id: string) => ({
  'In-Reply-To': `<${id}@mail.kellerworks.com>`,
  References: `<${id}-0@mail.kellerworks.com> <${id}@mail.kellerworks.com>`,
});

/**
 * Replies inside conversations, with quoted history: most expect an answer, some close the
 * thread ("thanks, got it") or only inform, which is no reason to draft.
 */
export const THREADS_EN: EvalEmail[] = [
  {
    id: 'th-en-001',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Ana Ruiz <ana.ruiz@brightlane.co.uk>',
    subject: 'Re: Renewal date?',
    headers: thread('a1'),
    text: t`
      Thanks Sam. And if we wanted to drop to 10 hours a month from the renewal, would the rate stay the same?

      Ana

      On Tue, 4 Jun 2024 at 09:12, Sam Keller <sam@kellerworks.com> wrote:
      > Hi Ana,
      > It renews on 1 July, 12 months, same terms.
      > Sam`,
  },
  {
    id: 'th-en-002',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Tom Becker <tom@beckerjoinery.com>',
    subject: 'Re: invoice 2291',
    headers: thread('a2'),
    text: t`
      got it, thanks mate

      On Wed, 5 Jun 2024, 14:03 Sam Keller, <sam@kellerworks.com> wrote:
      > Here you go Tom, corrected copy attached with the VAT number.`,
  },
  {
    id: 'th-en-003',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Priya Natarajan <priya.n@orbitlabs.io>',
    subject: 'Re: Catch up next week',
    headers: thread('a3'),
    text: t`
      Wednesday 2pm works! Shall I send an invite or will you? Also happy to do it in person if you're near Shoreditch that day.

      -----Original Message-----
      From: Sam Keller <sam@kellerworks.com>
      Sent: 10 June 2024 17:40
      To: Priya Natarajan <priya.n@orbitlabs.io>
      Subject: Re: Catch up next week

      Hi Priya, Tuesday is packed, Wednesday after 1 is free. Sam`,
  },
  {
    id: 'th-en-004',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Megan Fletcher <megan@fletcherbakes.com>',
    subject: 'RE: Website down??',
    headers: thread('a4'),
    text: t`
      It's back! Thank you so much, you're a star.

      Megan

      From: Sam Keller <sam@kellerworks.com>
      Sent: Thursday, June 6, 2024 10:21 AM
      Subject: Re: Website down??

      Fixed - the payment plugin auto-updated and broke. Rolled it back, should be fine now.`,
  },
  {
    id: 'th-en-005',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Oliver Grant <oliver.grant@grantvet.co.uk>',
    subject: 'Re: Booking form emails not arriving',
    headers: thread('a5'),
    text: t`
      Hi Sam,

      I've checked and I don't have the login for the DNS thing you mentioned. Who would have it - is it the person who set up our email originally? That was years ago. Or can you do it without?

      Oliver

      > On 7 Jun 2024, at 11:02, Sam Keller <sam@kellerworks.com> wrote:
      >
      > Hi Oliver, looks like your domain's SPF record doesn't include the new mail provider, so the
      > confirmations are being rejected. If you send me the DNS login I'll fix it.`,
  },
  {
    id: 'th-en-006',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Amelia Clarke <amelia.clarke@clarkeandsons.com>',
    subject: 'Re: Proposal - a couple of questions',
    headers: thread('a6'),
    text: t`
      That all makes sense. Directors are happy to go ahead. What's the next step - do you send a contract or do we?

      Amelia

      On Mon, 10 Jun 2024 at 16:45, Sam Keller wrote:
      > 1. Photography is separate, I can recommend someone.
      > 2. Content by week 4 and a single decision maker.
      > 3. I can host it, or you can - there's a table in the appendix.`,
  },
  {
    id: 'th-en-007',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Michael Lee <michael.lee@gallerylee.com>',
    subject: 'Re: Moving our call',
    headers: thread('a7'),
    text: t`
      Perfect, Friday 10am it is. Speak then.

      M

      On Thu, Jun 13, 2024 at 8:30 AM Sam Keller <sam@kellerworks.com> wrote:
      > No problem - Friday 10am?`,
  },
  {
    id: 'th-en-008',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Kevin Osei <kevin.osei@oseilogistics.com>',
    subject: 'Re: Re the tracking page',
    headers: thread('a8'),
    text: t`
      OK go ahead with the bigger fix then. Can you give me a date? I need to tell the customer service team when to expect it.

      Kevin Osei | Operations Director | Osei Logistics

      -----Original Message-----
      From: Sam Keller
      Sent: 14 June 2024 12:00
      Subject: RE: Re the tracking page

      It's a half-day job because the table needs a mobile layout. Quick fix is to hide columns, but then you lose the driver name.`,
  },
  {
    id: 'th-en-009',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Hannah Wright <hannah.wright@kellerworks.com>',
    subject: 'Re: Holiday request 22-26 April',
    headers: thread('a9'),
    text: t`
      Thanks Sam!

      On Fri, 15 Mar 2024 at 10:01, Sam Keller <sam@kellerworks.com> wrote:
      > Approved, enjoy!`,
  },
  {
    id: 'th-en-010',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Dave <dave.holloway@gmail.com>',
    subject: 'Re: saturday',
    headers: thread('a10'),
    text: t`
      cool. 2pm or later? and whats the postcode again, satnav took me to the wrong end of the street last time

      On Thu, 20 Jun 2024 at 19:15, Sam Keller <sam@kellerworks.com> wrote:
      > Yes still on! Kids welcome, bring a bottle of something. Nothing needed otherwise.`,
  },
  {
    id: 'th-en-011',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Ahmed Hassan <ahmed.hassan@kellerworks.com>',
    subject: 'Re: review PR before release',
    headers: thread('a11'),
    text: t`
      Merged and deployed, all green. Monitoring the payment logs tonight, will shout if anything looks off.

      On Tue, 18 Jun 2024 at 16:22, Sam Keller <sam@kellerworks.com> wrote:
      > Looks good, one nit on the retry count but fine to merge.`,
  },
  {
    id: 'th-en-012',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Victoria Shaw <vshaw@shawandpartners.com>',
    subject: 'RE: GDPR - cookie banner',
    headers: thread('a12'),
    text: t`
      Hello Sam,

      Thank you. Our compliance officer has one follow up: does the analytics tool set any cookies before consent is given? She would like that in writing for the audit file.

      Kind regards
      Victoria

      From: Sam Keller [mailto:sam@kellerworks.com]
      Sent: 12 June 2024 09:55
      To: Victoria Shaw
      Subject: Re: GDPR - cookie banner

      Hi Victoria, yes, I can add a reject-all button. About 2 hours of work, can be done this week.`,
  },
  {
    id: 'th-en-013',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Peter Walsh <peter.walsh@walshproperty.ie>',
    subject: 'Re: Your invoice',
    headers: thread('a13'),
    text: t`
      Fair enough, I'd forgotten about the map. Paid now. While I have you, the map pins on mobile are tiny - could they be bigger?

      Peter

      > Yes, the extra 6 hours were the interactive map we added in week 3.`,
  },
  {
    id: 'th-en-014',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Rachel Adeyemi <r.adeyemi@northgate-housing.org>',
    subject: 'RE: Quote for accessibility audit',
    headers: thread('a14'),
    text: t`
      Hi Sam,

      Just to let you know I've passed your quote to our procurement team. They'll be in touch directly with the supplier forms - no need to do anything until then.

      Rachel`,
  },
  {
    id: 'th-en-015',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Sofia Marchetti <sofia.marchetti@outlook.com>',
    subject: 'Re: Recommendation',
    headers: thread('a15'),
    text: t`
      You're the best, thank you!! They've sent the questionnaire to me by mistake, shall I forward it to you or wait for them to send it properly?

      Sent from Outlook for iOS
      ________________________________
      From: Sam Keller <sam@kellerworks.com>
      Sent: Monday, June 17, 2024 8:04 PM
      Subject: Re: Recommendation

      Of course, happy to.`,
  },
  {
    id: 'th-en-016',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Ethan Park <ethan@parkandco.studio>',
    subject: 'Re: Subcontracting in May',
    headers: thread('a16'),
    text: t`
      Great. Rate's fine. I'll need you to sign our standard subcontractor agreement, attached. Can you also send me your insurance certificate? Start date 6 May.

      Ethan`,
  },
  {
    id: 'th-en-017',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Laura Jenkins <laura.jenkins@stmarysprimary.sch.uk>',
    subject: 'Re: School website - summer fair banner',
    headers: thread('a17'),
    text: t`
      Dear Sam,

      That looks lovely, thank you very much.

      Mrs L Jenkins`,
  },
  {
    id: 'th-en-018',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Marcus Bell <marcus.bell@yahoo.com>',
    subject: 'Re: Bike',
    headers: thread('a18'),
    text: t`
      £400 sounds fair. Could he come and look at it Sunday morning?

      --- On Sun, 23/6/24, Sam Keller <sam@kellerworks.com> wrote:
      > Yep still for sale, 56cm frame, asking 400.`,
  },
  {
    id: 'th-en-019',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Fiona Campbell <fiona.campbell@campbellcharity.org.uk>',
    subject: 'RE: Donation page broken',
    headers: thread('a19'),
    text: t`
      Hi Sam

      Thanks for fixing it so quickly. The payment provider is now asking us to "enable 3DS2" - is that something you do or us? I've no idea what it means.

      Fiona`,
  },
  {
    id: 'th-en-020',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Sarah Collins <sarah.collins@kellerworks.com>',
    subject: 'Fwd: Lumen Health signed contract',
    headers: thread('a20'),
    text: t`
      FYI - signed contract from Lumen came back, saved to the client folder. No action needed.

      ---------- Forwarded message ---------
      From: Aisha Rahman <aisha.rahman@lumenhealth.com>
      Date: Mon, 24 Jun 2024 at 11:40
      Subject: Signed contract
      To: Sarah Collins <sarah.collins@kellerworks.com>

      Please find the signed agreement attached.`,
  },
  {
    id: 'th-en-021',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Harry Evans <harry.evans@evansbrewing.co>',
    subject: 'Re: label designs',
    headers: thread('a21'),
    text: t`
      woodcut it is. can you do a version with the ABV bigger? legal says it has to be more prominent. 

      > The woodcut one, it stands out more on a shelf.`,
  },
  {
    id: 'th-en-022',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Jess Morgan <jess@morganevents.co.uk>',
    subject: 'Re: Site visit',
    headers: thread('a22'),
    text: t`
      Brilliant - I've confirmed Thursday 3pm with the venue. Meet at the main entrance. See you there!

      Jess`,
  },
  {
    id: 'th-en-023',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Robert Hughes <robert.hughes@hughesaccountancy.co.uk>',
    subject: 'RE: Year end',
    headers: thread('a23'),
    text: t`
      Dear Sam,

      Thank you for the explanations. Two items remain: £340 to "TFL" on 3 Oct and £1,200 to "K. Shah" on 19 Oct. Please confirm whether these are business expenses.

      Yours sincerely,
      Robert Hughes`,
  },
  {
    id: 'th-en-024',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Grace Kim <grace.kim@hanulstudio.com>',
    subject: 'Re: Font licensing question',
    headers: thread('a24'),
    text: t`
      Thanks Sam, that's really helpful. We'll buy the licence ourselves. Do you need anything from us to install it, like the font files or the licence key?

      Grace

      On Wed, Jun 26, 2024 at 3:17 PM Sam Keller <sam@kellerworks.com> wrote:
      > It's not included - the web + desktop bundle covers both.`,
  },
  {
    id: 'th-en-025',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Ben Carter <ben@carterandlowe.com>',
    subject: 'Re: Lunch?',
    headers: thread('a25'),
    text: t`
      Booked Dishoom for 12:30, under Carter. See you there.`,
  },
  {
    id: 'th-en-026',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Tariq Aziz <tariq.aziz@azizimports.com>',
    subject: 'Re: Shopify or WooCommerce?',
    headers: thread('a26'),
    text: t`
      Dear Sam,

      Thank you for the detailed answer. We will go with Shopify as you suggest. Please send us a quotation for the build and the monthly costs. My son will also want to know if we can sell on Amazon from the same stock.

      Tariq

      On 27/06/2024 10:02, Sam Keller wrote:
      > For 120 products and UK-only shipping I'd go with Shopify...`,
  },
  {
    id: 'th-en-027',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Emily Stone <emily@stonewellness.com>',
    subject: 'Re: Analytics access',
    headers: thread('a27'),
    text: t`
      Perfect, Jade's in. Thanks for explaining the properties too, that makes sense now.

      Em`,
  },
  {
    id: 'th-en-028',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Mum <helen.keller58@btinternet.com>',
    subject: 'Re: Christmas',
    headers: thread('a28'),
    text: t`
      Oh lovely, so that's 4 of you then. Does Chris still not eat pork? I need to know for the stuffing.

      Mum xx

      On 1 Nov 2024, at 21:05, Sam Keller <sam@kellerworks.com> wrote:
      > We're coming to you this year! Arriving on the 23rd. And yes got the parcel, thank you!`,
  },
];
