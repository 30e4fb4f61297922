import { bulk, type EvalEmail, t } from '../eval-email.js';

/** Newsletters and mailing-list traffic: informational, even when a post asks the list a question. */
export const BULK_EN: EvalEmail[] = [
  {
    id: 'bk-en-001',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Smashing Newsletter <newsletter@smashingmagazine.com>',
    subject: 'Smashing Newsletter #412: CSS container queries in practice',
    headers: bulk(
      '<smashing.newsletter.smashingmagazine.com>',
      '<https://smashingmagazine.com/unsub?e=x>',
    ),
    text: t`
      Hello Smashing friends,

      This week we look at container queries now that every browser supports them, plus a roundup of accessible carousel patterns (spoiler: you probably don't need a carousel).

      - Container queries in the wild, by Ahmad S.
      - Carousels that don't make people angry
      - New workshop: Design systems for small teams

      Have a lovely week,
      Vitaly and the Smashing team

      You are receiving this because you subscribed at smashingmagazine.com. Unsubscribe | Update preferences`,
  },
  {
    id: 'bk-en-002',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Martin Holt <mholt@fastmail.fm>',
    to: 'wordpress-dev@lists.wpdevs.org',
    subject: '[wp-dev] Anyone seen REST API 401s after 6.5 upgrade?',
    headers: {
      'List-Id': 'WordPress developers <wordpress-dev.lists.wpdevs.org>',
      'List-Unsubscribe': '<mailto:wordpress-dev-leave@lists.wpdevs.org>',
      Precedence: 'list',
    },
    text: t`
      Hi all,

      After upgrading two sites to 6.5 our headless frontend gets 401 on every authenticated REST call. Application passwords still show as valid. Has anyone else hit this? Any pointers appreciated.

      Martin

      _______________________________________________
      wordpress-dev mailing list
      wordpress-dev@lists.wpdevs.org
      https://lists.wpdevs.org/mailman/listinfo/wordpress-dev`,
  },
  {
    id: 'bk-en-003',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Sarah Ng <sarah.ng@gmail.com>',
    to: 'wordpress-dev@lists.wpdevs.org',
    subject: 'Re: [wp-dev] Anyone seen REST API 401s after 6.5 upgrade?',
    headers: {
      'List-Id': 'WordPress developers <wordpress-dev.lists.wpdevs.org>',
      Precedence: 'list',
      'In-Reply-To': '<x1@fastmail.fm>',
    },
    text: t`
      Martin, check whether your host strips the Authorization header. Apache does that by default with some PHP handlers. Adding this to .htaccess fixed it for us:

      SetEnvIf Authorization "(.*)" HTTP_AUTHORIZATION=$1

      Sarah

      On 12/04/2024 10:11, Martin Holt wrote:
      > After upgrading two sites to 6.5 our headless frontend gets 401...

      _______________________________________________
      wordpress-dev mailing list
      https://lists.wpdevs.org/mailman/listinfo/wordpress-dev`,
  },
  {
    id: 'bk-en-004',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'The Hustle <news@thehustle.co>',
    subject: 'The $4B company that sells... rocks?',
    headers: bulk('<daily.thehustle.co>', '<https://thehustle.co/unsubscribe?id=8812>'),
    text: t`
      Today: landscaping stone is a weirdly huge business, a CEO who answers every email, and why everyone's suddenly buying ugly shoes.

      Want to advertise with us? Reply to this email.

      Copyright 2024 The Hustle. You're receiving this email because you signed up for The Hustle. Unsubscribe.`,
  },
  {
    id: 'bk-en-005',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Neighbourhood Watch - Elm Road <elmroad-watch@googlegroups.com>',
    subject: 'Van parked on the corner for three days',
    headers: {
      'List-Id': '<elmroad-watch.googlegroups.com>',
      'List-Unsubscribe': '<mailto:elmroad-watch+unsubscribe@googlegroups.com>',
      Precedence: 'list',
    },
    text: t`
      Has anyone else noticed the white van by number 42? It's been there since Sunday with the engine running at night. Probably nothing but thought I'd mention it.

      Jill (no. 37)

      --
      You received this message because you are subscribed to the Google Groups "Elm Road Watch" group.
      To unsubscribe from this group and stop receiving emails from it, send an email to elmroad-watch+unsubscribe@googlegroups.com.`,
  },
  {
    id: 'bk-en-006',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Figma <no-reply@figma.com>',
    subject: "What's new in Figma: Dev Mode updates",
    headers: bulk('<product-updates.figma.com>', '<https://www.figma.com/email/unsubscribe>'),
    text: t`
      Hi Sam,

      Here's what shipped this month:
      * Dev Mode now shows component playground
      * Variables support for prototypes
      * Faster file loading for large files

      Learn more in our release notes.

      Figma, Inc. 760 Market St, San Francisco. Manage email preferences.`,
  },
  {
    id: 'bk-en-007',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Kieran <kieran@brightonjs.org>',
    to: 'members@brightonjs.org',
    subject: '[BrightonJS] Talks for June - volunteers?',
    headers: { 'List-Id': '<members.brightonjs.org>', Precedence: 'list' },
    text: t`
      Hi everyone,

      We still have two slots for the June meetup. Would anyone like to give a lightning talk? Any topic, 10 minutes, first-timers very welcome. Reply to me directly if you're up for it.

      Kieran
      BrightonJS organiser`,
  },
  {
    id: 'bk-en-008',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Creative Bloq <newsletter@creativebloq.com>',
    subject: 'Logo trends for 2025 + the best drawing tablets',
    headers: bulk('<cb.newsletter.futurenet.com>', '<https://creativebloq.com/unsub>'),
    text: t`
      The logo trends defining 2025
      Our pick of the best drawing tablets for every budget
      Why brands are ditching gradients (again)

      You are receiving this email because you signed up to Creative Bloq. Future Publishing Limited, Quay House, Bath. To unsubscribe click here.`,
  },
  {
    id: 'bk-en-009',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Hackney Council <news@hackney.gov.uk>',
    subject: 'Bin collection changes over the bank holiday',
    headers: { 'List-Unsubscribe': '<https://hackney.gov.uk/newsletter/unsubscribe>' },
    text: t`
      Dear resident,

      Collections due on Monday 26 August will take place on Tuesday 27 August. All collections later that week will be one day later than usual.

      Please put your bins out by 7am.

      Hackney Council
      To stop receiving these updates, manage your subscription.`,
  },
  {
    id: 'bk-en-010',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Paul Jennings <pj@linuxgeek.net>',
    to: 'ilug@linux.ie',
    subject: 'Re: [ILUG] Sound card problems with 2.4.18',
    headers: { Precedence: 'bulk', 'List-Id': 'Irish Linux Users Group <ilug.linux.ie>' },
    text: t`
      On Tue, Aug 20, 2002 at 11:02:15PM +0100, Declan wrote:
      > I've compiled 2.4.18 with the es1371 module but get no sound at all.
      > Any ideas?

      Did you run alsamixer and unmute the master channel? Drives me mad every time.
      Also check dmesg for the IRQ, it might be sharing with your NIC.

      Paul

      --
      Irish Linux Users' Group: ilug@linux.ie
      http://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.
      List maintainer: listmaster@linux.ie`,
  },
  {
    id: 'bk-en-011',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Greg Ward <gward@python.net>',
    to: 'spamassassin-talk@example.sourceforge.net',
    subject: 'Re: [SAtalk] Razor timeouts',
    headers: { 'List-Id': '<spamassassin-talk.example.sourceforge.net>', Precedence: 'bulk' },
    text: t`
      > Is anyone else seeing razor-check take 30+ seconds per message since yesterday?

      Yep, same here. Looks like one of the catalogue servers is down. I set razor_timeout to 10 for now, which keeps the queue moving.

              Greg

      -------------------------------------------------------
      This sf.net email is sponsored by: OSDN - Tired of that same old
      cell phone? Get a new here for FREE!
      _______________________________________________
      Spamassassin-talk mailing list`,
  },
  {
    id: 'bk-en-012',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Patagonia <patagonia@email.patagonia.com>',
    subject: 'Worn Wear: repair your favourite jacket',
    headers: bulk('<promo.patagonia.com>', '<https://www.patagonia.com/unsubscribe>'),
    labels: ['INBOX', 'UNREAD', 'CATEGORY_PROMOTIONS'],
    text: t`
      Keep your gear in play. Bring it to any Patagonia store for a free repair, or trade it in for credit.

      Shop used gear | Find a store

      You're receiving this email because you opted in. Unsubscribe | Privacy`,
  },
  {
    id: 'bk-en-013',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Dense Discovery <hello@densediscovery.com>',
    subject: 'Dense Discovery — Issue 288',
    headers: { 'List-Unsubscribe': '<https://densediscovery.com/unsubscribe/abc>' },
    text: t`
      Hi there,

      Welcome to issue 288. I've been thinking a lot about the difference between tools that make us faster and tools that make us better. This week's links lean into that.

      Apps & Tools: a plain-text project planner...
      Books: "The Maintenance Race"...

      Thanks for reading,
      Kai

      Dense Discovery is reader-supported. Become a member. Not into it anymore? Unsubscribe.`,
  },
  {
    id: 'bk-en-014',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: "PTA St Mary's <pta@stmarysprimary.sch.uk>",
    to: 'parents-year3@stmarysprimary.sch.uk',
    subject: 'Cake sale Friday - can you help?',
    text: t`
      Dear Year 3 parents,

      It's our class's turn for the Friday cake sale! Could you bake something (nut free please) and drop it at the office by 9am? We also need two helpers at 3pm to run the stall.

      Thank you!
      Year 3 class reps`,
  },
  {
    id: 'bk-en-015',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Stack Overflow <do-not-reply@stackoverflow.email>',
    subject: 'The Overflow #231: the open-source maintainer crisis',
    headers: bulk('<theoverflow.stackoverflow.email>', '<https://stackoverflow.com/unsubscribe>'),
    text: t`
      Welcome to ISSUE #231 of the Overflow! This newsletter is by developers, for developers, written and curated by the Stack Overflow team and Cassidy Williams.

      From the blog: Why maintainers burn out
      Interesting questions: Why does 0.1 + 0.2 equal 0.30000000000000004?

      Unsubscribe from this newsletter.`,
  },
  {
    id: 'bk-en-016',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ruth Baines <ruth.baines@kellerworks.com>',
    to: 'all@kellerworks.com',
    subject: 'Office closed Friday for the electrics',
    text: t`
      Hi all,

      Reminder that the office is closed this Friday while the landlord rewires the first floor. Please work from home. The building will be open again on Monday from 8.

      Ruth`,
  },
  {
    id: 'bk-en-017',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Substack <no-reply@substack.com>',
    subject: 'New post from Platformer: The week in tech policy',
    headers: { 'List-Unsubscribe': '<https://substack.com/unsub/platformer>' },
    text: t`
      Platformer
      The week in tech policy

      Regulators in three continents took aim at app stores this week. Here's what it means...

      Read in app

      You're on the free list for Platformer. For the full experience, become a paying subscriber. Unsubscribe`,
  },
  {
    id: 'bk-en-018',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ken Watanabe <kwatanabe@example-univ.edu>',
    to: 'fork@xent.com',
    subject: 'Re: Why are all the good ideas patented?',
    headers: { 'List-Id': 'Friends of Rohit Khare <fork.xent.com>', Precedence: 'bulk' },
    text: t`
      > Name one useful thing in software that hasn't been patented by now.

      Emacs. Though I suspect someone has a patent on "method for pressing control and x in sequence".

      More seriously, the problem isn't the patents, it's that nobody can afford to challenge them.

      -k
      http://xent.com/mailman/listinfo/fork`,
  },
  {
    id: 'bk-en-019',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Ocado <customerservices@ocado.com>',
    subject: 'Sam, your weekly offers are here',
    headers: bulk('<offers.ocado.com>', '<https://www.ocado.com/unsubscribe>'),
    labels: ['INBOX', 'CATEGORY_PROMOTIONS'],
    text: t`
      Hi Sam, here are this week's offers picked for you:
      Half price on Yeo Valley yoghurts
      3 for 2 on Ben & Jerry's
      £5 off your next shop over £80 with code SUMMER5

      Offers end Tuesday. Terms apply. Manage your email preferences.`,
  },
  {
    id: 'bk-en-020',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'exmh-users-admin@redhat.com',
    to: 'exmh-users@redhat.com',
    subject: 'Re: Folder list not updating',
    headers: {
      'List-Id': 'Discussion list for EXMH users <exmh-users.redhat.com>',
      Precedence: 'bulk',
    },
    text: t`
      >>>Chris Garrigues said:
       > Does anyone know why my unseen folder list stops updating after a sort?

      It's a known issue with the 2.5 release; the fix is in CVS. Set the ftoc cache off as a workaround.

      Brent

      _______________________________________________
      Exmh-users mailing list
      Exmh-users@redhat.com
      https://listman.redhat.com/mailman/listinfo/exmh-users`,
  },
  {
    id: 'bk-en-021',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'LinkedIn <messages-noreply@linkedin.com>',
    subject: 'Sam, you appeared in 14 searches this week',
    headers: { 'List-Unsubscribe': '<https://www.linkedin.com/e/unsub>' },
    labels: ['INBOX', 'CATEGORY_SOCIAL'],
    text: t`
      You appeared in 14 searches this week
      See who's looking at your profile

      Try Premium for free

      This email was intended for Sam Keller (Founder at Kellerworks). Learn why we included this. Unsubscribe.`,
  },
  {
    id: 'bk-en-022',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Kickstarter <no-reply@kickstarter.com>',
    subject: 'Project update #7: shipping begins!',
    headers: { 'List-Unsubscribe': '<https://www.kickstarter.com/unsub>' },
    text: t`
      Project update #7 for "Field Notes Desk Organiser"

      Hi backers! The first pallet has left the factory. Tracking numbers will be emailed over the next two weeks. Thank you for your patience!

      You're receiving this because you backed this project. Manage notification settings.`,
  },
  {
    id: 'bk-en-023',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Alumni Office <alumni@uni-example.ac.uk>',
    subject: 'Class of 2010 reunion - save the date',
    headers: { 'List-Unsubscribe': '<mailto:alumni-unsub@uni-example.ac.uk>' },
    text: t`
      Dear alumni,

      Save the date! The Class of 2010 reunion will be held on Saturday 12 October in the Great Hall. Tickets go on sale next month.

      Best wishes,
      The Alumni Relations Team

      If you no longer wish to receive alumni emails, please let us know.`,
  },
  {
    id: 'bk-en-024',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Monzo <email@monzo.com>',
    subject: 'Your Monzo monthly summary',
    text: t`
      Hi Sam,

      Here's how July went: you spent £1,204 across 63 transactions. Eating out was your biggest category.

      See the full breakdown in the app.

      Monzo Bank Limited. You're getting this email because you have a Monzo account.`,
  },
  {
    id: 'bk-en-025',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Tom Roberts <tom.roberts@gmail.com>',
    to: 'climbing-club@groups.io',
    subject: '[climbing-club] Lift share to Peak District Sunday?',
    headers: {
      'List-Id': '<climbing-club.groups.io>',
      'List-Unsubscribe': '<mailto:climbing-club+unsubscribe@groups.io>',
      Precedence: 'bulk',
    },
    text: t`
      Anyone driving up to Stanage on Sunday with a spare seat? I can chip in for petrol. Leaving from Sheffield centre ideally.

      Tom

      _._,_._,_
      Groups.io Links: You receive all messages sent to this group. Unsubscribe`,
  },
  {
    id: 'bk-en-026',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Product Hunt Daily <hello@digest.producthunt.com>',
    subject: 'Top products today: an AI that names your variables',
    headers: bulk('<daily.producthunt.com>', '<https://www.producthunt.com/unsubscribe>'),
    text: t`
      Good morning! Here are today's top launches:
      1. Namer - AI that names your variables
      2. Calmly - a meeting-free calendar
      3. Pixelpal - screenshot annotations

      Unsubscribe from the daily digest.`,
  },
  {
    id: 'bk-en-027',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Federation of Small Businesses <membership@fsb.org.uk>',
    subject: 'Member update: new late payment rules',
    headers: { 'List-Unsubscribe': '<https://fsb.org.uk/unsubscribe>' },
    text: t`
      Dear Member,

      The government has confirmed new reporting rules on payment practices for large businesses. We've summarised what it means for you and how to use the new statutory interest calculator.

      Read the full briefing on our website.

      FSB. You are receiving this as an FSB member.`,
  },
];
