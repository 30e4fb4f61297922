import { type EvalEmail, t } from '../eval-email.js';

/**
 * Genuine mail that expects an answer but carries what spam filters like: links, money, urgency,
 * free-mail senders, "offer", "free", forwarded text, no greeting, no question mark.
 */
export const NEEDS_REPLY_HARD: EvalEmail[] = [
  {
    id: 'nh-en-001',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Megan Fletcher <megan@fletcherbakes.com>',
    subject: 'URGENT - checkout charging twice',
    text: t`
      Sam!! Three customers have emailed saying they were charged twice for the same order today. I've refunded them but please look at this immediately, I've turned off the shop for now. Call me on my mobile.

      Megan`,
  },
  {
    id: 'nh-en-002',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ahmed Hassan <ahmed.hassan@kellerworks.com>',
    subject: 'staging link',
    text: t`
      Can you check https://staging.lumenhealth.kellerworks.dev/onboarding before I send it to Aisha? Especially the step 3 copy - not sure about the tone. Password is the usual one.`,
  },
  {
    id: 'nh-en-003',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Peter Walsh <peter.walsh@walshproperty.ie>',
    subject: 'Offer from the other agency',
    text: t`
      Sam, honest opinion needed. Another agency has offered to rebuild the site for €2,500, about half of your quote. Free hosting for a year too. I'd rather stay with you but I need to justify the difference to my partner. What do we get for the extra money?

      Peter`,
  },
  {
    id: 'nh-en-004',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Jack Robinson <jack.robinson@gmail.com>',
    subject: 'Fwd: Your booking at The Lodge',
    text: t`
      can you pay the second half of this by friday, I've covered the first bit. details below

      ---------- Forwarded message ---------
      From: The Lodge Bookings <bookings@thelodge-cairngorms.co.uk>
      Subject: Your booking at The Lodge

      Balance due: £1,020.00 by 28 June. Bank: Highland Bank, sort code 80-22-60, account 10293847.`,
  },
  {
    id: 'nh-en-005',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Chris <chris.taylor.88@icloud.com>',
    subject: 'Flights',
    text: t`
      Found flights to Lisbon for £89 return if we book tonight!! Free cancellation up to 24h. Shall I just book it? https://www.skyscanner.net/transport/flights/lond/lis/`,
  },
  {
    id: 'nh-en-006',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: "Liam O'Connor <liam.oconnor@harbourlegal.ie>",
    subject: 'Payment details confirmation',
    text: t`
      Dear Sam,

      Our finance team has asked me to confirm your bank details before paying the first invoice, as a fraud precaution. Could you please call me on the number below to confirm them verbally? We won't pay to details received by email only.

      Kind regards,
      Liam O'Connor
      T: +353 1 555 0148`,
  },
  {
    id: 'nh-en-007',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Isabel Moreno <isabel.moreno@finchpartners.com>',
    subject: 'Re:',
    text: t`
      sorry, forgot the subject line! Did you see my message about the physio clinic? She's keen to get started.`,
  },
  {
    id: 'nh-en-008',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Landlord - David Greene <dgreene.property@gmail.com>',
    subject: 'Boiler service',
    text: t`
      Hi Sam, the gas engineer can come for the annual boiler service on Tuesday between 8 and 12. Let me know if that's OK or if you'd like a different day. He'll need access to the kitchen.

      David`,
  },
  {
    id: 'nh-en-009',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Kate Lin <kate.lin@linandco.com>',
    subject: 'FREE tickets!',
    text: t`
      I've got 2 free tickets for the V&A late view on Friday - work freebie. Want to come?? Drinks after obviously`,
  },
  {
    id: 'nh-en-010',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Oliver Grant <oliver.grant@grantvet.co.uk>',
    subject: 'Invoice',
    text: t`
      Sam,

      We still haven't had an invoice for the April work. Our year end is next week so I need it by Wednesday at the latest or it'll go into next year's budget.

      Oliver`,
  },
  {
    id: 'nh-en-011',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Marcus Bell <marcus.bell@yahoo.com>',
    subject: 'Re: Bike',
    text: t`
      My brother says thanks again, he loves it. He asked whether you still have the spare inner tubes you mentioned? He'd pay for them obviously.`,
  },
  {
    id: 'nh-en-012',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Emily Stone <emily@stonewellness.com>',
    subject: 'Summer promo page',
    text: t`
      Hi Sam,

      We're running a summer offer: 20% off all class passes, free mat with any 10-class pass, ends 31 August. Please add a promo banner and a landing page for it by Monday. Copy and images attached.

      Thanks!
      Em`,
  },
  {
    id: 'nh-en-013',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Dr Anjali Mehta <anjali.mehta@hackneyfamilypractice.nhs.uk>',
    subject: 'Website quote for the practice',
    text: t`
      Dear Mr Keller,

      One of our patients, Mrs Patel, passed on your details. Our practice website needs to meet the new NHS accessibility standards by January. Would you be able to quote for this work? We are a partnership of four GPs; budget is limited but we can discuss.

      Yours sincerely,
      Dr Anjali Mehta
      Senior Partner`,
  },
  {
    id: 'nh-en-014',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Ruth Baines <ruth.baines@kellerworks.com>',
    subject: 'Sign the lease renewal',
    text: t`
      Sam - landlord needs the lease renewal signed by Friday or the rent goes up 8% instead of 4%. It's on your desk. Please sign and leave it in my tray.`,
  },
  {
    id: 'nh-en-015',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Hugo Bennett <hugo.bennett@bennettwines.com>',
    subject: 'Click and collect',
    text: t`
      Is it possible to add click and collect to the shop? Customers keep asking. And how long would it take? We're heading into Christmas.`,
  },
  {
    id: 'nh-en-016',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Natalie Ford <natalie.ford@fordmedia.co>',
    subject: 'Podcast - bio and photo',
    text: t`
      Hi Sam,

      So glad you said yes! For the episode page, please send me a short bio (50-80 words) and a headshot by the end of the week. Here's the prep doc with the questions: https://docs.google.com/document/d/1x2y3z

      Natalie`,
  },
  {
    id: 'nh-en-017',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Tom Becker <tom@beckerjoinery.com>',
    subject: 'new quote',
    text: t`
      sam we've decided to add the kitchen range to the site, 12 products with photos. how much extra would that be on top of what we agreed? tom`,
  },
  {
    id: 'nh-en-018',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Yuki Tanaka <yuki.tanaka@tanaka-design.jp>',
    subject: 'NDA and call',
    text: t`
      Dear Sam,

      Thank you for your interest. Please find the NDA attached. Once signed, could we have a video call on Thursday at 9:00 London time (17:00 Tokyo)?

      Best regards,
      Yuki`,
  },
  {
    id: 'nh-en-019',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Alan Murphy <alan.murphy@murphyfarmshop.ie>',
    subject: 'Re: Hacked?',
    text: t`
      Thanks for cleaning that up Sam. Should we change all the passwords now? And is there anything we can do to stop it happening again?`,
  },
  {
    id: 'nh-en-020',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Lucy Hart <lucy.hart@hartstudio.art>',
    subject: 'Internship',
    text: t`
      Hi Sam,

      Thank you so much for the portfolio feedback last month, it really helped. I saw on LinkedIn that you might be looking for a junior designer - I'd love to be considered. My updated CV is attached.

      Best,
      Lucy`,
  },
  {
    id: 'nh-en-021',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ethan Park <ethan@parkandco.studio>',
    subject: 'quick q',
    text: t`
      hey - what's your day rate these days? need to put a number in a pitch`,
  },
  {
    id: 'nh-en-022',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Sarah Collins <sarah.collins@kellerworks.com>',
    subject: 'Need a decision on the Clarke proposal',
    text: t`
      Sam, Amelia at Clarke & Sons wants an answer today on whether we can start on the 15th. I need a yes or no from you by 4pm so I can reply to her.`,
  },
  {
    id: 'nh-en-023',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Helen Keller <helen.keller58@btinternet.com>',
    subject: 'Computer',
    text: t`
      Hello love, the computer keeps saying my Microsoft account needs verifying and to click a link. Is that real or one of those scams? Your dad says ignore it. I don't want to lose my photos.

      Mum x`,
  },
  {
    id: 'nh-en-024',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Kevin Osei <kevin.osei@oseilogistics.com>',
    subject: 'Board pack',
    text: t`
      Sam, our board meets on Thursday. Please send me a one-page summary of the tracking project status - what's done, what's left, costs to date. Bullet points are fine.`,
  },
  {
    id: 'nh-en-025',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Grace Kim <grace.kim@hanulstudio.com>',
    subject: 'Guaranteed delivery?',
    text: t`
      Hi Sam, our launch date is fixed for 1 October because of the campaign. Can you guarantee the site will be live by then? If there's any risk I need to know now so I can tell the board.

      Grace`,
  },
  {
    id: 'nh-de-001',
    label: 'needs_reply',
    kind: 'request',
    lang: 'de',
    from: 'Katrin Schulz <katrin.schulz@web.de>',
    subject: 'Dringend: Zahlung',
    text: t`
      Sam, die Überweisung für die Wohnung ist zurückgekommen, die IBAN stimmt wohl nicht. Schick mir bitte sofort die richtige, sonst verlieren wir die Reservierung!

      Katrin`,
  },
  {
    id: 'nh-fr-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'fr',
    from: 'Julien Bernard <julien.bernard@orange.fr>',
    subject: 'Billets gratuits',
    text: t`
      J'ai deux places gratuites pour le concert de samedi à Paris, tu veux venir avec Chris ? Réponds-moi vite, je dois confirmer ce soir !`,
  },
  {
    id: 'nh-es-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'es',
    from: 'Diego Sánchez <diego@sanchezbikes.es>',
    subject: 'Oferta de verano',
    text: t`
      Hola Sam,

      Queremos lanzar una oferta de verano: 15% de descuento en todas las bicis eléctricas. ¿Puedes preparar una página especial? ¿Cuánto tiempo necesitas?

      Diego`,
  },
  {
    id: 'nh-pt-001',
    label: 'needs_reply',
    kind: 'question',
    lang: 'pt',
    from: 'João Silva <joao.silva@sapo.pt>',
    subject: 'Pagamento',
    text: t`
      Olá Sam, fiz a transferência de 1.200 € ontem. Pode confirmar se recebeu? O banco diz que pode demorar 2 dias.

      João`,
  },
  {
    id: 'nh-ja-001',
    label: 'needs_reply',
    kind: 'request',
    lang: 'ja',
    from: '山本 愛 <ai.yamamoto@yamamoto-cafe.jp>',
    subject: '至急：メニュー変更',
    text: t`
      Samさん

      明日から秋の新メニューに変わります。至急、サイトのメニューページを更新していただけますか。価格表を添付します。

      よろしくお願いします。
      山本`,
  },
];
