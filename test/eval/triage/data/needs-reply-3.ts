import { type EvalEmail, t } from '../eval-email.js';

/**
 * Mail a person wrote to Sam and expects an answer to, third batch: one-line questions, cold
 * emails from real people (prospects, journalists, students, partners), forwarded mail with a
 * question on top, and requests that carry links, money or a deadline.
 */
export const NEEDS_REPLY_3: EvalEmail[] = [
  {
    id: 'n3-en-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Priya Natarajan <priya@fernandclay.com>',
    subject: 'quick one',
    text: t`
      Is the staging site down or is it just me?`,
  },
  {
    id: 'n3-en-002',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Owen Price <owen.price@pricelettings.co.uk>',
    subject: 'Logo files',
    text: t`
      Sam - where did you put the final logo files? Need the SVG for the van signage.

      Owen`,
  },
  {
    id: 'n3-en-003',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Jenny Holt <jenny@holtandsons.com>',
    subject: 'New website enquiry',
    text: t`
      Hello,

      We are a family-run plumbing business in Bristol (12 staff) and our website is about ten years old. A friend at Marsh Dental gave me your name. We would like something that works on phones and lets customers book a visit online.

      Could you give us a rough idea of cost and timescale? Happy to have a call next week.

      Thanks,
      Jenny Holt
      Holt & Sons Plumbing and Heating
      0117 496 0321`,
  },
  {
    id: 'n3-en-004',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Daniel Osei <daniel.osei@gmail.com>',
    subject: 'Work experience',
    text: t`
      Dear Mr Keller,

      I am a second-year computer science student at UWE and I am looking for two weeks of work experience this summer. I have built a few small sites in React and I would love to see how a studio works day to day.

      Would you have any space in July or August? I can send my CV and some links if that helps.

      Kind regards,
      Daniel Osei`,
  },
  {
    id: 'n3-en-005',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Rachel Moore <rachel.moore@smallbizweekly.co.uk>',
    subject: 'Interview request - small studios and AI',
    text: t`
      Hi Sam,

      I'm writing a piece for Small Biz Weekly on how small design studios are using AI tools, and Laura at the Bristol Chamber suggested I talk to you.

      Would you have 20 minutes for a phone interview before Thursday? My deadline is Friday noon. Happy to send the questions in advance.

      Best,
      Rachel Moore
      Features writer`,
  },
  {
    id: 'n3-en-006',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Liam Carter <liam@cartercoffee.co>',
    subject: 'Fwd: Domain renewal',
    text: t`
      Hi Sam, got this today - is this legit or one of those scam ones? Do we need to pay it?

      ---------- Forwarded message ---------
      From: Domain Services <billing@123-reg.co.uk>
      Date: Mon, 3 Mar 2025 at 08:14
      Subject: Domain renewal
      To: <liam@cartercoffee.co>

      Your domain cartercoffee.co expires in 30 days. Renew now to keep your website and email working.`,
  },
  {
    id: 'n3-en-007',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Hannah Webb <hannah.webb@webbaccountancy.co.uk>',
    subject: 'Invoice query',
    text: t`
      Hi Sam,

      I've got your invoice KW-0412 for £1,850 but the PO number on it is wrong - it should be PO-7731. Could you reissue it so I can get it paid this week?

      Thanks
      Hannah`,
  },
  {
    id: 'n3-en-008',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Marcus Reid <marcus@reidphoto.com>',
    subject: 'gallery page',
    text: t`
      any chance the gallery page could load a bit faster? clients are complaining on mobile. what would it take`,
  },
  {
    id: 'n3-en-009',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Grace Liu <grace.liu@northfieldschool.org.uk>',
    subject: 'Meeting about the new admissions pages',
    text: t`
      Dear Sam,

      Thank you for the proposal. The governors would like to meet you before we sign off. Are you free on Tuesday 18th at 4pm at the school, or would a Teams call suit you better?

      With best wishes,
      Grace Liu
      Business Manager, Northfield School`,
  },
  {
    id: 'n3-en-010',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Tomasz Nowak <tomasz@nowakbuilders.co.uk>',
    subject: 'urgent - site showing error',
    text: t`
      Sam the website is showing "Error establishing a database connection" since this morning. We have an ad campaign running today. Please can you look at it asap, call me on 07700 900412 if you need anything.

      Tomasz`,
  },
  {
    id: 'n3-en-011',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Sophie Turner <sophie@turnerinteriors.com>',
    subject: 'Instagram feed',
    text: t`
      Morning Sam! Can we put our Instagram feed on the homepage or does that slow everything down? x`,
  },
  {
    id: 'n3-en-012',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Ben Adeyemi <ben.adeyemi@adeyemilaw.co.uk>',
    subject: 'Privacy notice wording',
    text: t`
      Sam,

      Our DPO has reviewed the site and wants the privacy notice updated (new wording attached as a Word file, changes tracked). Could you put it live by the end of the month? Also please confirm the contact form no longer stores submissions in the database, as we discussed.

      Regards,
      Ben Adeyemi
      Practice Manager`,
  },
  {
    id: 'n3-en-013',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Emily Clarke <emily.clarke@outlook.com>',
    subject: 'Wedding website?',
    text: t`
      Hi there,

      My fiancé and I are getting married next May and we'd like a simple website with the details, RSVP and a gift list link. Is that something you do, or is it too small a job? If you do, what would it roughly cost?

      Thanks so much,
      Emily`,
  },
  {
    id: 'n3-en-014',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Chris Dale <chris@daleandpartners.com>',
    subject: 'Re: hosting',
    text: t`
      Sorry, forgot to ask on the phone: do we need to renew the SSL certificate ourselves or is that included in the hosting?`,
  },
  {
    id: 'n3-en-015',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Natalie Brooks <natalie@brookspilates.co.uk>',
    subject: 'Change class times on the timetable',
    text: t`
      Hi Sam,

      From next week the Wednesday 6pm class moves to 7pm and the Saturday 9am becomes 9:30. Can you update the timetable page? Nothing else changes.

      Thank you!
      Natalie`,
  },
  {
    id: 'n3-en-016',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Paul Hendricks <paul.hendricks@hendricksvets.com>',
    subject: 'Email not arriving',
    text: t`
      Hi Sam,

      Since yesterday emails sent to reception@hendricksvets.com seem to vanish. Customers say they've written but nothing comes in. Could the website change on Monday have affected the mail settings? Please have a look, it's quite urgent for us.

      Paul`,
  },
  {
    id: 'n3-en-017',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Aaron Kim <aaron@kimstudio.design>',
    subject: 'Subcontracting - front-end help',
    text: t`
      Hi Sam,

      We met briefly at the Bristol Web Folk meetup in March. I run a two-person design studio and we've got a Shopify build in May that's a bit more front-end than we can handle.

      Would you be open to subcontracting about 8 days? Happy to share the designs and talk rates.

      Cheers,
      Aaron`,
  },
  {
    id: 'n3-en-018',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Lucy Fielding <lucy.fielding@fieldingfarm.co.uk>',
    subject: 'How do I add a product?',
    text: t`
      Hello Sam

      Sorry to bother you again. I'm trying to add the new lamb boxes to the shop but the "Add product" button doesn't show on my login. Have I got the wrong account?

      Lucy`,
  },
  {
    id: 'n3-en-019',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Mike Sullivan <mike@sullivanevents.ie>',
    subject: 'Quote for event microsite',
    text: t`
      Sam,

      We're running a three-day food festival in Cork in September and need a microsite: programme, vendor list, ticket link to Eventbrite, map. Launch by 1 June. Budget is about €4-5k.

      Could you send a quote? https://sullivanevents.ie/cork-food-fest is the placeholder for now.

      Mike Sullivan
      Sullivan Events`,
  },
  {
    id: 'n3-en-020',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Olivia Grant <olivia.grant@grantcounselling.co.uk>',
    subject: 'Booking form',
    text: t`
      Hi Sam, do clients get an email confirmation when they use the booking form? One lady says she didn't.`,
  },
  {
    id: 'n3-en-021',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Stephen Ward <stephen.ward@wardcivil.com>',
    subject: 'Fwd: Cyber Essentials questionnaire',
    text: t`
      Sam - our insurer wants this filled in. Questions 14 to 22 are about the website and hosting, can you answer those for us? They need it back by the 20th.

      Thanks, Stephen

      Begin forwarded message:

      From: Claims Team <cyber@hiscoxpartners.co.uk>
      Subject: Cyber Essentials questionnaire
      Please complete the attached self-assessment as part of your renewal.`,
  },
  {
    id: 'n3-en-022',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Fatima Hassan <fatima@hassanbakery.co.uk>',
    subject: 'Google reviews on the site',
    text: t`
      Hello Sam, my nephew says we can show our Google reviews on the website automatically. Is that true and is it safe? We have 240 five-star reviews and I would love people to see them.

      Many thanks
      Fatima`,
  },
  {
    id: 'n3-en-023',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'George Palmer <g.palmer@palmerestates.co.uk>',
    subject: 'Access for new marketing person',
    text: t`
      Sam,

      Kate Morris has joined us to do marketing. Can you give her an editor login for the website and the analytics? Her email is kate.morris@palmerestates.co.uk.

      George`,
  },
  {
    id: 'n3-en-024',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ruth Evans <ruth.evans@btinternet.com>',
    subject: 'Parish council website',
    text: t`
      Dear Sam Keller,

      I am the clerk of Little Hinton Parish Council. Our website has to meet the accessibility regulations and we have been told it does not. Councillor Phillips said you helped Ashbury Parish with the same problem.

      Would you be able to help us, and what would it cost roughly? We are a very small council with a small budget.

      Yours sincerely,
      Ruth Evans
      Parish Clerk`,
  },
  {
    id: 'n3-en-025',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Jack Thornton <jack@thorntonbikes.com>',
    subject: 'Black Friday banner',
    text: t`
      Hey Sam, can you put up a banner on the shop for Black Friday - 20% off all servicing, Friday to Monday. Image is in the shared Drive folder. Needs to go live Thursday night.

      Cheers
      Jack`,
  },
  {
    id: 'n3-en-026',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Amira Saleh <amira@salehconsulting.com>',
    subject: 'Your rates',
    text: t`
      Hi Sam,

      I found you through the Bristol Creative Network directory. I'm a freelance HR consultant and need a simple five-page site. What's your day rate, and do you offer a fixed price for small sites?

      Thanks,
      Amira Saleh`,
  },
  {
    id: 'n3-en-027',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Peter Lang <peter.lang@langarchitects.co.uk>',
    subject: 'Project photos',
    text: t`
      Sam,

      Attached are the photos of the Clifton house. Please replace the current ones on the project page. The photographer must be credited (Ivan Petrov Photography) under each image. Let me know when it's done.

      Peter`,
  },
  {
    id: 'n3-en-028',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Isla Murray <isla@murraytextiles.co.uk>',
    subject: 'Stripe or PayPal?',
    text: t`
      Quick question before we launch the shop - should we use Stripe or PayPal or both? What do most of your clients do?`,
  },
  {
    id: 'n3-en-029',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Victor Mensah <victor.mensah@mensahgroup.com>',
    subject: 'Referral - Kofi at Mensah Group',
    text: t`
      Hi Sam,

      Adwoa Boateng passed on your details and said you did a great job on her clinic's site. We are relaunching Mensah Group's website (property and facilities management, about 40 pages) and I'd like to talk to you about it.

      Could we set up a call next week? Tuesday or Wednesday afternoon work for me.

      Best regards,
      Victor Mensah
      Operations Director`,
  },
  {
    id: 'n3-en-030',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Tom Becker <tom@beckerjoinery.com>',
    subject: 'contact form spam',
    text: t`
      we're getting 30 spam messages a day through the contact form, all about SEO and crypto. can you stop it? is there a captcha thing?`,
  },
  {
    id: 'n3-en-031',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Dr Helen Shaw <h.shaw@shawdental.co.uk>',
    subject: 'Price list update',
    text: t`
      Dear Sam,

      Please update the fees page with the new prices from 1 April:
      - Check-up £55 (was £49)
      - Hygienist £68 (was £62)
      - White filling from £140

      Please let me know once done.

      Thank you,
      Helen`,
  },
  {
    id: 'n3-en-032',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ryan Cole <ryan.cole@colefitness.com>',
    subject: 'app?',
    text: t`
      Sam, do you build apps as well or only websites? Members keep asking for an app for bookings. Not in a rush, just want to know our options.

      Ryan`,
  },
  {
    id: 'n3-en-033',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Laura Bennett <laura.bennett@bristolchamber.org.uk>',
    subject: 'Speaking at our April breakfast?',
    text: t`
      Hi Sam,

      We're planning the April members' breakfast on "Websites that win customers" and your name came up more than once. Would you be willing to give a 15-minute talk on 24 April, 8am at the Watershed? No fee I'm afraid, but breakfast and a very grateful audience.

      Let me know either way.

      Laura
      Events, Bristol Chamber of Commerce`,
  },
  {
    id: 'n3-en-034',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Kevin Doyle <kevin@doyleelectrical.ie>',
    subject: 'Cant log in',
    text: t`
      Hi Sam I tried resetting my password 3 times and the email never comes. Can you reset it for me?

      Kevin Doyle
      Sent from my Samsung`,
  },
  {
    id: 'n3-en-035',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Charlotte Hughes <charlotte@hughesflorist.co.uk>',
    subject: "Mother's Day orders - urgent",
    text: t`
      Sam!! The shop is saying "sold out" on all the Mother's Day bouquets but we have loads. I think the stock number reset. Can you fix it today please, it's our busiest week of the year!!

      Charlotte`,
  },
  {
    id: 'n3-en-036',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Nathan Price <nathan.price@brightwire.io>',
    subject: 'Partnering on a bid',
    text: t`
      Hi Sam,

      I'm the technical lead at Brightwire (we do backend and data work, no design). We're bidding for a council contract that needs a design partner and your portfolio fits well, especially the Northfield School work.

      Would you be interested in going in with us? The deadline for expressions of interest is 14 May. Happy to explain more over coffee.

      Nathan`,
  },
  {
    id: 'n3-en-037',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Sandra Keane <sandra.keane@keanefunerals.co.uk>',
    subject: 'Remove a notice',
    text: t`
      Dear Sam,

      The family of Mr Arthur Wells have asked for his notice to be taken down from our website. Could you remove it as soon as you can? It is on the Recent Services page.

      Thank you for your help.
      Sandra`,
  },
  {
    id: 'n3-en-038',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Joe Marsh <joe.marsh@marshdental.co.uk>',
    subject: 'analytics',
    text: t`
      How many people visited the site last month? Board meeting tomorrow and they'll ask.`,
  },
  {
    id: 'n3-en-039',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Aoife Brennan <aoife@brennanyoga.ie>',
    subject: 'Retreat page + payment link',
    text: t`
      Hi Sam,

      Could you add a page for the Kerry retreat (19-22 June, €650, deposit €150)? Text below. Please add the deposit payment link: https://buy.stripe.com/brennanyoga-kerry

      Three nights by the sea, daily yoga, all meals. Places limited to 14.

      Thanks a million,
      Aoife`,
  },
  {
    id: 'n3-en-040',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ian Fletcher <ian@fletcherbakes.com>',
    subject: 'Checking in',
    text: t`
      Hi Sam, hope you had a good break. Are we still on track to launch the new site before the end of the month? Just need to know for the flyers.

      Ian`,
  },
  {
    id: 'n3-en-041',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Melissa Grant <melissa.grant@sagehr.co.uk>',
    subject: 'Supplier form for Kellerworks',
    text: t`
      Hi Sam,

      Before we can pay your first invoice our finance team needs you set up as a supplier. Please could you fill in the attached supplier form and send a copy of a recent bank statement header or a letter from your bank confirming the account details?

      Sorry for the admin!
      Melissa
      Sage HR Partners`,
  },
  {
    id: 'n3-en-042',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Danny Wright <danny.wright@icloud.com>',
    subject: 'old site',
    text: t`
      Hi Sam, you built the site for my dad's garage (Wright Motors) years ago. He's retiring and I'm taking over. Can you tell me who hosts it and how I get access? He doesn't remember any passwords lol

      Danny`,
  },
  {
    id: 'n3-en-043',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Elena Petrova <elena@petrovalegal.com>',
    subject: 'Call this week',
    text: t`
      Sam, can we talk this week about phase two? Wednesday 11:00 or Friday 14:00 - whichever works.

      Elena`,
  },
  {
    id: 'n3-en-044',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Harriet Cooke <harriet@cookecatering.co.uk>',
    subject: 'Menu PDFs',
    text: t`
      Hiya, new menus attached for summer (3 PDFs). Could you swap them on the menus page and take down the winter one? No rush, by next Friday is fine. x`,
  },
  {
    id: 'n3-en-045',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Martin Shaw <martin@shawbrewing.co.uk>',
    subject: 'Age verification',
    text: t`
      Hi Sam,

      Trading Standards have told us we need an age check on the online shop before people can buy beer. What are our options and how much work is it?

      Cheers
      Martin`,
  },
  {
    id: 'n3-en-046',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Yusuf Ali <yusuf.ali@alitranslations.com>',
    subject: 'Arabic version of the site',
    text: t`
      Dear Sam,

      We now have the Arabic translation ready. Could you advise how we get it onto the site, and whether the layout can go right-to-left for that language? I would also like a cost estimate before we start.

      Best regards,
      Yusuf Ali`,
  },
  {
    id: 'n3-en-047',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Beth Lawson <beth.lawson@lawsonphysio.com>',
    subject: 'Is this right?',
    text: t`
      Hi Sam, our Google listing shows our old opening hours but the website has the new ones. Is that something you can change or do I do it? Thanks, Beth`,
  },
  {
    id: 'n3-en-048',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Simon Clarke <simon.clarke@clarkeaccounting.co.uk>',
    subject: 'Year-end: hosting invoices',
    text: t`
      Hi Sam,

      Doing the year-end for Kellerworks. Can you send me copies of all the hosting invoices you paid between April and March, and the Adobe and Figma subscriptions? A zip is fine.

      Thanks,
      Simon`,
  },
  {
    id: 'n3-en-049',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Kate Morris <kate.morris@palmerestates.co.uk>',
    subject: 'Hi from the new marketing person',
    text: t`
      Hi Sam,

      George said you look after our website. I'm new here and would love a 30-minute intro so I understand how the listings get onto the site. Do you have any time next week?

      Thanks!
      Kate Morris
      Marketing, Palmer Estates`,
  },
  {
    id: 'n3-en-050',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Andrew Miles <andrew@milesmotors.co.uk>',
    subject: 'Car listings feed',
    text: t`
      Sam,

      AutoTrader have a new feed URL from next month: https://feeds.autotrader.co.uk/dealer/88213. Can you switch the used-cars page over to it before the old one stops on the 30th?

      Andrew`,
  },
  {
    id: 'n3-en-051',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Zoe Chapman <zoe@chapmanwellbeing.com>',
    subject: 'Newsletter sign-up',
    text: t`
      hey, where do people's emails go when they sign up to the newsletter on our site? I can't find them in Mailchimp`,
  },
  {
    id: 'n3-en-052',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Gareth Jones <gareth.jones@jonescarpentry.wales>',
    subject: 'Welsh language page',
    text: t`
      Shwmae Sam,

      A lot of our customers are Welsh speakers. Could you add a Welsh version of the home and contact pages? I'll do the translation myself. Let me know what you need from me and what it will cost.

      Diolch,
      Gareth`,
  },
  {
    id: 'n3-en-053',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Lily Harper <lily.harper@harpercreative.co>',
    subject: 'Freelance availability',
    text: t`
      Hi Sam,

      I'm a freelance copywriter (we worked together on the Turner Interiors launch). Just checking whether you have any projects coming up where you need copy? I have space from mid-June.

      Best,
      Lily`,
  },
  {
    id: 'n3-en-054',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Robert Lyons <robert.lyons@lyonsdental.com>',
    subject: 'Warning in Chrome',
    text: t`
      Hi Sam,

      When I open our website in Chrome it says "Not secure" next to the address. Patients have mentioned it. What's going on and can you sort it?

      Robert`,
  },
  {
    id: 'n3-en-055',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Anna Kowalski <anna.kowalski@kowalskiarch.com>',
    subject: 'Competition entry - need the site live by Friday',
    text: t`
      Sam,

      We've been shortlisted for the RIBA regional award and the judges will look at our website. Could you publish the three case studies we drafted (they're in the CMS as drafts) by Friday? If anything needs changing, call me.

      Anna`,
  },
];
