import { type EvalEmail, t } from '../eval-email.js';

/** One-to-one mail in English that expects an answer from Sam: customers, colleagues, friends. */
export const NEEDS_REPLY_EN: EvalEmail[] = [
  {
    id: 'nr-en-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ana Ruiz <ana.ruiz@brightlane.co.uk>',
    subject: 'Renewal date?',
    text: t`
      Hi Sam,

      Quick one - when does our retainer renew? Finance is asking and I couldn't find it in the contract.

      Thanks!
      Ana`,
  },
  {
    id: 'nr-en-002',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Tom Becker <tom@beckerjoinery.com>',
    subject: 'invoice 2291',
    text: t`
      Sam,
      please send me a copy of invoice 2291 with our VAT number on it, our accountant needs it for the quarterly return.
      cheers
      Tom`,
  },
  {
    id: 'nr-en-003',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Priya Natarajan <priya.n@orbitlabs.io>',
    subject: 'Catch up next week',
    text: t`
      Hi Sam,

      Hope the move went well! Would you have 30 minutes next Tuesday or Wednesday afternoon to go over the onboarding flow? I've got some feedback from the pilot users that I'd rather walk you through than write up.

      Best,
      Priya`,
  },
  {
    id: 'nr-en-004',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Dave <dave.holloway@gmail.com>',
    subject: 'saturday',
    text: t`
      are we still on for saturday? Jen wants to know if she should bring the kids or if its an adults thing. also do you need me to pick up anything on the way
      D`,
  },
  {
    id: 'nr-en-005',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Megan Fletcher <megan@fletcherbakes.com>',
    subject: 'Website down??',
    text: t`
      Hi Sam, the order page on our site is showing a blank white screen since this morning. Customers are calling us. Can you take a look asap? I haven't changed anything.

      Megan
      Fletcher Bakes
      0161 555 0192`,
  },
  {
    id: 'nr-en-006',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: "Liam O'Connor <liam.oconnor@harbourlegal.ie>",
    subject: 'Signed SOW',
    text: t`
      Dear Sam,

      Following our call, I'd be grateful if you could return the signed statement of work by Thursday so we can raise the purchase order before month end.

      Kind regards,
      Liam O'Connor
      Operations Manager | Harbour Legal
      T: +353 1 555 0148`,
  },
  {
    id: 'nr-en-007',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Grace Kim <grace.kim@hanulstudio.com>',
    subject: 'Font licensing question',
    text: t`
      Hello Sam,

      We're finalising the brand guidelines and I noticed the headline font in your mockups is a commercial one. Is the licence included in your fee, or do we need to buy it ourselves? If we do, which licence tier would cover the website plus print?

      Thank you,
      Grace`,
  },
  {
    id: 'nr-en-008',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Mum <helen.keller58@btinternet.com>',
    subject: 'Christmas',
    text: t`
      Hello love,

      Your dad and I were wondering whether you and Chris are coming up for Christmas this year or going to his parents. No pressure, just need to know how many for the turkey!

      Also did you get the parcel I sent? The post office said it was delivered but you never said.

      Lots of love
      Mum xx`,
  },
  {
    id: 'nr-en-009',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Rachel Adeyemi <r.adeyemi@northgate-housing.org>',
    subject: 'Quote for accessibility audit',
    text: t`
      Hi Sam,

      Helen Moss at Kinder Trust recommended you. We need an accessibility audit of our tenant portal (about 40 pages, WCAG 2.2 AA) before our board meeting in March.

      Could you let me know your availability and a rough cost? Happy to jump on a call if that's easier.

      Rachel Adeyemi
      Digital Services Lead
      Northgate Housing Association`,
  },
  {
    id: 'nr-en-010',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Ben Carter <ben@carterandlowe.com>',
    subject: 'Lunch?',
    text: t`
      Sam - I'm in town on the 14th for a client thing. Fancy lunch? My treat, I owe you for the intro to Priya.
      Ben`,
  },
  {
    id: 'nr-en-011',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Oliver Grant <oliver.grant@grantvet.co.uk>',
    subject: 'Booking form emails not arriving',
    text: t`
      Morning Sam,

      Since Friday the booking confirmation emails aren't going out to clients. The bookings still appear in the admin area so it's just the emails. We had two people turn up confused this morning.

      Is this something on your side or the hosting? Let me know what you need from me.

      Thanks
      Oliver`,
  },
  {
    id: 'nr-en-012',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Sofia Marchetti <sofia.marchetti@outlook.com>',
    subject: 'Recommendation',
    text: t`
      Hi Sam!

      Long time no see. I'm applying for a UX role at a fintech and they asked for two referees. Would you be ok being one of them? They'd probably just send a short questionnaire. Totally fine if not, I know you're busy.

      Sofia`,
  },
  {
    id: 'nr-en-013',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Hannah Wright <hannah.wright@kellerworks.com>',
    subject: 'Holiday request 22-26 April',
    text: t`
      Hi Sam,

      I'd like to book 22-26 April off (school holidays). I've checked the project calendar and nothing is due that week. Can you approve it in the HR tool when you get a sec?

      Thanks,
      Hannah`,
  },
  {
    id: 'nr-en-014',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'James Whitfield <jwhitfield@whitfieldarchitects.com>',
    subject: 'Hosting',
    text: t`
      Sam

      Our hosting renewal came through at nearly double last year's price. Is it worth moving? You mentioned once you had a provider you liked. Whats involved in switching and would there be downtime

      JW`,
  },
  {
    id: 'nr-en-015',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Chloe Dupont <chloe@atelierdupont.com>',
    subject: 'Photos for the gallery page',
    text: t`
      Hi Sam,

      I've uploaded the new photos to the shared folder (the "spring 24" one). Please replace the old gallery with these when you can, and drop the two blurry ones of the workshop. No rush, end of next week is fine.

      Thanks so much,
      Chloé`,
  },
  {
    id: 'nr-en-016',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Marcus Bell <marcus.bell@yahoo.com>',
    subject: 'Bike',
    text: t`
      Hey, are you still selling the road bike? My brother is after one about your size. What did you want for it?
      Marcus`,
  },
  {
    id: 'nr-en-017',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Aisha Rahman <aisha.rahman@lumenhealth.com>',
    subject: 'Discovery workshop - dates',
    text: t`
      Hi Sam,

      Thanks again for the proposal, the team loved it. We'd like to book the discovery workshop. Could any of these work for you?

      - Mon 3 June, 10:00-13:00
      - Wed 5 June, 13:30-16:30
      - Thu 6 June, 09:30-12:30

      It'll be at our Leeds office, 5 people from our side.

      Best wishes,
      Aisha Rahman
      Head of Product, Lumen Health`,
  },
  {
    id: 'nr-en-018',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Noah Fischer <noah.fischer@gmail.com>',
    subject: 'that article',
    text: t`
      hey sam, send me that article about design systems you mentioned at the pub, i cant find it anywhere. thx`,
  },
  {
    id: 'nr-en-019',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Patricia Lowe <patricia.lowe@lowefinancial.com>',
    subject: "Can't reset password on staff portal",
    text: t`
      Sam,

      Two of my staff are trying to reset their passwords on the portal and the reset link says "token expired" straight away. I've tried it myself in Chrome and Edge, same thing.

      Could you have a look today please? Payroll is due Friday and they need access.

      Regards,
      Patricia Lowe
      Lowe Financial Planning Ltd`,
  },
  {
    id: 'nr-en-020',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ethan Park <ethan@parkandco.studio>',
    subject: 'Subcontracting in May',
    text: t`
      Hi Sam,

      I've got a big ecommerce build landing in May and I'm short a frontend person for about six weeks. Any chance you'd be up for some subcontract work? Day rate negotiable, mostly React/Next.

      Ethan`,
  },
  {
    id: 'nr-en-021',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Laura Jenkins <laura.jenkins@stmarysprimary.sch.uk>',
    subject: 'School website - summer fair banner',
    text: t`
      Dear Sam,

      I hope you are well. Would it be possible to add a banner to the school homepage about the summer fair on 29th June? I have attached the poster. Ideally it would go up this week and come down after the fair.

      Many thanks,
      Mrs L Jenkins
      School Business Manager`,
  },
  {
    id: 'nr-en-022',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Kevin Osei <kevin.osei@oseilogistics.com>',
    subject: 'Re the tracking page',
    text: t`
      Sam, the new tracking page looks great. One thing - the customers can't see the estimated delivery time on mobile, it gets cut off. Is that an easy fix or a bigger job?`,
  },
  {
    id: 'nr-en-023',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Natalie Ford <natalie.ford@fordmedia.co>',
    subject: 'Podcast guest?',
    text: t`
      Hi Sam,

      I host a small podcast about running creative businesses (Small Studio Big Work, about 4k listeners). I really enjoyed your talk at Design Manchester and wondered if you'd come on as a guest sometime in the next couple of months? Recording is remote, about 45 mins.

      Let me know what you think!

      Natalie`,
  },
  {
    id: 'nr-en-024',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Ahmed Hassan <ahmed.hassan@kellerworks.com>',
    subject: 'review PR before release',
    text: t`
      Sam, need your eyes on the checkout PR before we ship tomorrow. It touches the payment callback so I don't want to merge without a second review. It's the one called "fix double charge on retry".`,
  },
  {
    id: 'nr-en-025',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Victoria Shaw <vshaw@shawandpartners.com>',
    subject: 'GDPR - cookie banner',
    text: t`
      Hello Sam,

      Our compliance officer has flagged that the cookie banner on our site doesn't give a "reject all" option on the first layer. Are you able to change that, and roughly how long would it take? We'd like it done before our audit on the 20th.

      Best regards
      Victoria Shaw
      Practice Manager`,
  },
  {
    id: 'nr-en-026',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Chris <chris.taylor.88@icloud.com>',
    subject: 'dinner',
    text: t`
      Thai or pizza tonight? I can grab it on the way back, be home about 7`,
  },
  {
    id: 'nr-en-027',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Daniel Novak <daniel.novak@novakcycles.cz>',
    subject: 'English shop translation',
    text: t`
      Hello Sam,

      we spoke at the conference in Brno. We are a small bicycle shop and want an English version of our e-shop. I would like to get an offer from you for this work. The shop has about 300 products and is on WooCommerce.

      Thank you and best regards
      Daniel Novak`,
  },
  {
    id: 'nr-en-028',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Emily Stone <emily@stonewellness.com>',
    subject: 'Analytics access',
    text: t`
      Hi Sam, our new marketing assistant Jade starts Monday. Can she get access to the Google Analytics account? Her email is her first name at our domain. Also, what's the difference between the two properties in there, the one ending 221 and the other one? Thanks, Em`,
  },
  {
    id: 'nr-en-029',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Robert Hughes <robert.hughes@hughesaccountancy.co.uk>',
    subject: 'Year end',
    text: t`
      Dear Sam,

      We are preparing your year end accounts. There are a few items on the bank statements we need you to explain, mostly card payments in October. Could we arrange a short call this week? Alternatively I can send the list over by email.

      Yours sincerely,
      Robert Hughes FCCA`,
  },
  {
    id: 'nr-en-030',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Zoe Mitchell <zoe.mitchell@mitchellflorist.com>',
    subject: 'Mothers day',
    text: t`
      Hiya Sam

      Can we get the mothers day pre-order page live by the 1st? Same as last year but with the new bouquets (I'll send pics tomorrow). Prices in the attached spreadsheet.

      Zoe x`,
  },
  {
    id: 'nr-en-031',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Isabel Moreno <isabel.moreno@finchpartners.com>',
    subject: 'Referral',
    text: t`
      Sam,

      A friend of mine runs a physio clinic and needs a new website, small budget. Are you taking on projects that size at the moment, or should I point her elsewhere? Don't want to waste your time.

      Isabel`,
  },
  {
    id: 'nr-en-032',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Gary Thompson <gary@thompsonplumbing.co.uk>',
    subject: 'emails',
    text: t`
      sam my emails on my phone have stopped working since i changed phone. it keeps asking for a password and i dont know which one. help!!

      gary

      Sent from my iPhone`,
  },
  {
    id: 'nr-en-033',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Amelia Clarke <amelia.clarke@clarkeandsons.com>',
    subject: 'Proposal - a couple of questions',
    text: t`
      Hi Sam,

      Thanks for sending the proposal over. Before I take it to the directors:

      1. Does the price include the product photography, or is that separate?
      2. You've got 10 weeks for phase 1. What do you need from us to hit that?
      3. Who hosts the site afterwards?

      Cheers,
      Amelia`,
  },
  {
    id: 'nr-en-034',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Jack Robinson <jack.robinson@gmail.com>',
    subject: 'Money for the stag',
    text: t`
      Lads, I've paid the deposit for the lodge. It's £85 each, transfer it to me when you can, same details as last time. Let me know if you're not coming after all so I can sort the numbers.
      Jack`,
  },
  {
    id: 'nr-en-035',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Olivia Brooks <olivia.brooks@brookeslaw.com>',
    subject: 'Domain transfer',
    text: t`
      Hello Sam,

      We've had a letter saying our domain is about to expire with our old provider. I'm not sure if you already moved it across last year? I don't want to lose it. Can you confirm where it's registered now?

      Olivia`,
  },
  {
    id: 'nr-en-036',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Michael Lee <michael.lee@gallerylee.com>',
    subject: 'Moving our call',
    text: t`
      Hi Sam - something came up and I can't do Thursday 2pm anymore. Could we push to Friday morning instead? Any time before 11 works.

      Michael`,
  },
  {
    id: 'nr-en-037',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Fiona Campbell <fiona.campbell@campbellcharity.org.uk>',
    subject: 'Donation page broken',
    text: t`
      Hi Sam

      A supporter let us know that the donation page gives an error after they enter their card details. We've got our appeal going out on Monday so it really needs to work by then - please let me know as soon as you've had a look.

      Thank you
      Fiona Campbell
      Fundraising Manager`,
  },
  {
    id: 'nr-en-038',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Harry Evans <harry.evans@evansbrewing.co>',
    subject: 'label designs',
    text: t`
      Sam,

      Which of the three label designs did you prefer? I'm torn between the blue and the woodcut one. Printer needs the final file by Friday.

      H`,
  },
  {
    id: 'nr-en-039',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Yuki Tanaka <yuki.tanaka@tanaka-design.jp>',
    subject: 'Collaboration on the Osaka project',
    text: t`
      Dear Sam,

      This is Yuki from Tanaka Design. We are pitching for a UK retail client next month and your studio's work would be a good fit for the web part. Would you be interested to work together with us on the proposal? I can share the brief under NDA.

      Best regards,
      Yuki Tanaka`,
  },
  {
    id: 'nr-en-040',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Sarah Collins <sarah.collins@kellerworks.com>',
    subject: 'Expenses',
    text: t`
      Sam - can you sign off my expenses from the Bristol trip? They're in the system since last Monday. Thanks x`,
  },
  {
    id: 'nr-en-041',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Peter Walsh <peter.walsh@walshproperty.ie>',
    subject: 'Your invoice',
    text: t`
      Hi Sam,

      I've received your invoice for March, thanks. It's a bit higher than the estimate - I think the extra 6 hours were for the map page? Just want to check before I pay it.

      Peter`,
  },
  {
    id: 'nr-en-042',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Lucy Hart <lucy.hart@hartstudio.art>',
    subject: 'Portfolio feedback',
    text: t`
      Hi Sam,

      I'm a graduate designer and I really admire your studio's work. I know you must get lots of these, but I would really appreciate ten minutes of feedback on my portfolio if you ever have the time. It's linked in my signature.

      Thank you either way!
      Lucy Hart
      lucyhart.art`,
  },
  {
    id: 'nr-en-043',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Andrew Scott <andrew.scott@scottgarages.com>',
    subject: 'Google reviews widget',
    text: t`
      Afternoon Sam, is it possible to show our Google reviews on the homepage? Saw it on a competitor's site. What would that cost roughly? Andrew`,
  },
  {
    id: 'nr-en-044',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Jess Morgan <jess@morganevents.co.uk>',
    subject: 'Site visit',
    text: t`
      Hi Sam,

      The venue said we can do the walkthrough either Tuesday 10am or Thursday 3pm. Which one suits you? They need to know by tomorrow lunchtime.

      Jess`,
  },
  {
    id: 'nr-en-045',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Mark Davies <mark.davies@daviesdental.co.uk>',
    subject: 'New team member on website',
    text: t`
      Hello Sam

      We have a new hygienist starting, Bethany. Please could you add her to the Meet the Team page with the photo and bio attached. And remove Dr Ross, she left in January.

      Thanks
      Mark Davies
      Practice Owner`,
  },
  {
    id: 'nr-en-046',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Tariq Aziz <tariq.aziz@azizimports.com>',
    subject: 'Shopify or WooCommerce?',
    text: t`
      Dear Sam,

      We are planning an online shop for our spices, around 120 products, shipping UK only for now. My nephew says Shopify, my accountant says WooCommerce. What do you recommend for a business our size, and could you build it?

      With thanks,
      Tariq Aziz`,
  },
  {
    id: 'nr-en-047',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ellie Warren <ellie.warren@hotmail.co.uk>',
    subject: 'Book club',
    text: t`
      Hi Sam, it's your turn to host book club this month! Is the 18th ok for you? And have you picked the book yet, people keep asking me lol`,
  },
  {
    id: 'nr-en-048',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Simon Price <simon.price@pricehardware.co.uk>',
    subject: 'stock feed',
    text: t`
      Sam

      The stock levels on the site aren't matching the till again. Need this sorted before the weekend, we sold 3 mowers we didn't have. Ring me when you get this.

      Simon`,
  },
  {
    id: 'nr-en-049',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Rebecca Foster <rebecca.foster@fosterbrandconsulting.com>',
    subject: 'Intro: Rebecca <> Sam',
    text: t`
      Hi Sam,

      Kate Lin suggested I get in touch - I'm a brand consultant and I often have clients who need a web partner after the brand work is done. Would you be open to a quick chat to see if we could refer work to each other?

      Best,
      Rebecca`,
  },
  {
    id: 'nr-en-050',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Alan Murphy <alan.murphy@murphyfarmshop.ie>',
    subject: 'Hacked?',
    text: t`
      Sam, one of our customers says our website is redirecting to some casino site when they click on it from Google. When I go to it directly it looks fine. Are we hacked? What do I do?

      Alan Murphy`,
  },
  {
    id: 'nr-en-051',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Nina Patel <nina.patel@patelpharmacy.co.uk>',
    subject: 'Opening hours over Easter',
    text: t`
      Hi Sam,
      Please update the opening hours on the site for Easter:
      Good Friday 10-2
      Saturday normal
      Easter Sunday closed
      Easter Monday 10-2
      Many thanks, Nina`,
  },
  {
    id: 'nr-en-052',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Jordan Hale <jordan.hale@protonmail.com>',
    subject: 'freelance availability',
    text: t`
      Hey Sam - Jordan here, we worked together at Sprocket back in 2019. I'm freelancing now and wondered if you ever need an extra pair of hands on backend work? Would love to catch up either way.`,
  },
  {
    id: 'nr-en-053',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Dr Caroline Blake <c.blake@northumbria-research.ac.uk>',
    subject: 'Interview for our study on small design studios',
    text: t`
      Dear Mr Keller,

      I am a researcher at Northumbria University studying how small design studios adopt AI tools. Would you be willing to take part in a 45-minute interview, online, at a time that suits you in the next month? Participation is anonymous and I can share the information sheet in advance.

      With best wishes,
      Dr Caroline Blake`,
  },
  {
    id: 'nr-en-054',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Owen Richards <owen@richardsroofing.co.uk>',
    subject: 'Photo',
    text: t`
      Sam can you swap the van photo on the contact page for the new one I sent on whatsapp. Ta`,
  },
  {
    id: 'nr-en-055',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Kate Lin <kate.lin@linandco.com>',
    subject: 'Did Rebecca get in touch?',
    text: t`
      Hi Sam, did my friend Rebecca reach out? I think you two would get on. Also - are you going to the Design Week party on the 12th?`,
  },
  {
    id: 'nr-en-056',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Bella Turner <bella@turnerinteriors.com>',
    subject: 'Contact form spam',
    text: t`
      Hi Sam

      We're getting 20-30 junk messages a day through the contact form now, all in Russian or selling SEO. Could you add a captcha or something? It's drowning the real enquiries.

      Thanks, Bella`,
  },
  {
    id: 'nr-en-057',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Hugo Bennett <hugo.bennett@bennettwines.com>',
    subject: 'Age check on the wine shop',
    text: t`
      Sam,

      Trading Standards visited and asked how we verify age for online orders. At the moment it's just a tick box. What are the options and what do other shops do? I'd like to have an answer for them by the end of the month.

      Regards
      Hugo`,
  },
  {
    id: 'nr-en-058',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Mia Thompson <mia.thompson@thompsonyoga.com>',
    subject: 'Timetable',
    text: t`
      Hi Sam! New timetable for summer is attached. Could you put it on the site and take down the old one? Also the Tuesday 6pm class is now with Ravi not me. Thank you!! Mia`,
  },
  {
    id: 'nr-en-059',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'George Allen <george.allen@allenmotors.co.uk>',
    subject: 'Costs for next year',
    text: t`
      Sam,

      Doing the budget for next year. What should I put down for the website - hosting, maintenance, anything else? Ballpark is fine.

      George`,
  },
  {
    id: 'nr-en-060',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Lena Hoffmann <lena.hoffmann@hoffmann-consulting.co.uk>',
    subject: "Coffee when I'm in London?",
    text: t`
      Hi Sam,

      I'll be in London from the 9th to the 11th. Would be lovely to grab a coffee if you're around - I'd like to hear how the studio is going and pick your brain about a project.

      Lena`,
  },
];
