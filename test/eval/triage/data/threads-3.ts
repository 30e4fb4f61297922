import { type EvalEmail, t } from '../eval-email.js';

const thread = (id: string) => ({
  'In-Reply-To': `<${id}@mail.kellerworks.com>`,
  References: `<${id}-0@mail.kellerworks.com> <${id}@mail.kellerworks.com>`,
});

/**
 * Replies inside conversations, third batch: follow-up questions and decisions that need an
 * answer, and replies that only close the thread or report something done.
 */
export const THREADS_3: EvalEmail[] = [
  {
    id: 't3-en-001',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Jenny Holt <jenny@holtandsons.com>',
    subject: 'Re: New website enquiry',
    headers: thread('t3a'),
    text: t`
      Thanks Sam, that's within what we hoped. Two things: can the booking form send a text message to the on-call plumber, and could we start in April rather than May?

      Jenny

      On Wed, 12 Feb at 14:02, Sam Keller <sam@kellerworks.com> wrote:
      > Hi Jenny, for a site like that I'd estimate £4,500-£5,500 and about six weeks.
      > Sam`,
  },
  {
    id: 't3-en-002',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Hannah Webb <hannah.webb@webbaccountancy.co.uk>',
    subject: 'Re: Invoice query',
    headers: thread('t3b'),
    text: t`
      Perfect, that's gone through for payment now. Thanks Sam.

      > Hi Hannah, reissued with PO-7731, attached.`,
  },
  {
    id: 't3-en-003',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Grace Liu <grace.liu@northfieldschool.org.uk>',
    subject: 'Re: Meeting about the new admissions pages',
    headers: thread('t3c'),
    text: t`
      Tuesday at 4 is confirmed, thank you. Would you be able to bring a printed copy of the timeline? Some governors prefer paper.

      Grace

      -----Original Message-----
      From: Sam Keller
      Sent: 10 March 09:31
      Subject: RE: Meeting about the new admissions pages
      Tuesday at 4pm at the school works for me.`,
  },
  {
    id: 't3-en-004',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Owen Price <owen.price@pricelettings.co.uk>',
    subject: 'Re: Logo files',
    headers: thread('t3d'),
    text: t`
      found them, cheers

      On Thu, Sam Keller wrote:
      > They're in the Brand folder on the shared drive, subfolder "final".`,
  },
  {
    id: 't3-en-005',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Victor Mensah <victor.mensah@mensahgroup.com>',
    subject: 'Re: Referral - Kofi at Mensah Group',
    headers: thread('t3e'),
    text: t`
      Great call today. As promised, the sitemap and the brand guidelines are attached. Could you send the proposal by next Friday? And please include an option for ongoing support.

      Victor`,
  },
  {
    id: 't3-en-006',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Natalie Brooks <natalie@brookspilates.co.uk>',
    subject: 'Re: Change class times on the timetable',
    headers: thread('t3f'),
    text: t`
      Brilliant, thank you! x

      > Done - both changes are live.`,
  },
  {
    id: 't3-en-007',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Paul Hendricks <paul.hendricks@hendricksvets.com>',
    subject: 'Re: Email not arriving',
    headers: thread('t3g'),
    text: t`
      Thanks, mail is coming in again. What actually went wrong? I need to explain it to the partners and make sure it doesn't happen again.

      Paul

      On Tue, Sam Keller wrote:
      > Fixed - an MX record was changed during the move. Mail should flow again within the hour.`,
  },
  {
    id: 't3-en-008',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Elena Petrova <elena@petrovalegal.com>',
    subject: 'Re: Call this week',
    headers: thread('t3h'),
    text: t`
      Friday 14:00 it is. Talk then.

      E.`,
  },
  {
    id: 't3-en-009',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Aaron Kim <aaron@kimstudio.design>',
    subject: 'Re: Subcontracting - front-end help',
    headers: thread('t3i'),
    text: t`
      Sounds good. £450 a day works for us. Shall I send over a short contract, or do you have your own terms you prefer to use?

      Aaron

      > Happy to help. My day rate for subcontracting is £450; I'm free from 6 May.`,
  },
  {
    id: 't3-en-010',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Stephen Ward <stephen.ward@wardcivil.com>',
    subject: 'Re: Fwd: Cyber Essentials questionnaire',
    headers: thread('t3j'),
    text: t`
      Received, thanks Sam. I'll send the whole thing to the insurer today.

      Stephen`,
  },
  {
    id: 't3-en-011',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Lucy Fielding <lucy.fielding@fieldingfarm.co.uk>',
    subject: 'Re: How do I add a product?',
    headers: thread('t3k'),
    text: t`
      That worked, thank you! One more - how do I mark a product as "pre-order" so people can buy it before it's in stock?

      Lucy`,
  },
  {
    id: 't3-en-012',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Charlotte Hughes <charlotte@hughesflorist.co.uk>',
    subject: "Re: Mother's Day orders - urgent",
    headers: thread('t3l'),
    text: t`
      You're a star. Orders are coming in again!! 💐

      On Sat, Sam Keller wrote:
      > Stock levels restored, the bouquets are back on sale.`,
  },
  {
    id: 't3-en-013',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Ben Adeyemi <ben.adeyemi@adeyemilaw.co.uk>',
    subject: 'Re: Privacy notice wording',
    headers: thread('t3m'),
    text: t`
      Sam, the DPO has one more question: where are the analytics data stored, UK/EU or US? She needs it in writing for the records.

      Ben`,
  },
  {
    id: 't3-en-014',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Mike Sullivan <mike@sullivanevents.ie>',
    subject: 'Re: Quote for event microsite',
    headers: thread('t3n'),
    text: t`
      Hi Sam, thanks for the quote. We've decided to go with the ticketing company's own template this year, so we won't be going ahead. Really appreciate the time you put in and hopefully next year.

      Mike`,
  },
  {
    id: 't3-en-015',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Laura Bennett <laura.bennett@bristolchamber.org.uk>',
    subject: 'Re: Speaking at our April breakfast?',
    headers: thread('t3o'),
    text: t`
      Wonderful, thank you Sam! Could you send me a title and a two-line bio by Monday for the programme? And will you need a screen for slides?

      Laura`,
  },
  {
    id: 't3-en-016',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Kevin Doyle <kevin@doyleelectrical.ie>',
    subject: 'Re: Cant log in',
    headers: thread('t3p'),
    text: t`
      in now thanks sam

      Sent from my Samsung`,
  },
  {
    id: 't3-en-017',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Martin Shaw <martin@shawbrewing.co.uk>',
    subject: 'Re: Age verification',
    headers: thread('t3q'),
    text: t`
      Option 2 (the date-of-birth check at checkout plus ID on delivery) sounds right. Go ahead. When could it be live?

      Martin

      On Mon, Sam Keller wrote:
      > There are three options...`,
  },
  {
    id: 't3-en-018',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Simon Clarke <simon.clarke@clarkeaccounting.co.uk>',
    subject: 'Re: Year-end: hosting invoices',
    headers: thread('t3r'),
    text: t`
      Got the zip, that's everything I need. I'll be in touch when the accounts are drafted.

      Simon`,
  },
  {
    id: 't3-en-019',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Anna Kowalski <anna.kowalski@kowalskiarch.com>',
    subject: 'Re: Competition entry - need the site live by Friday',
    headers: thread('t3s'),
    text: t`
      They look great. Small thing: on the Harbourside case study the second photo is upside down on my iPad? Can you check before the judges see it?

      Anna`,
  },
  {
    id: 't3-en-020',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Yusuf Ali <yusuf.ali@alitranslations.com>',
    subject: 'Re: Arabic version of the site',
    headers: thread('t3t'),
    text: t`
      Thank you for the detailed estimate. I will discuss it with my partner and come back to you after Eid.

      Best regards,
      Yusuf`,
  },
  {
    id: 't3-en-021',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Kate Morris <kate.morris@palmerestates.co.uk>',
    subject: 'Re: Hi from the new marketing person',
    headers: thread('t3u'),
    text: t`
      Thursday 10am is perfect. Should I book a room here or would you prefer Zoom?

      Kate`,
  },
  {
    id: 't3-en-022',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Gareth Jones <gareth.jones@jonescarpentry.wales>',
    subject: 'Re: Welsh language page',
    headers: thread('t3v'),
    text: t`
      Diolch Sam, translation attached as promised. No questions from me, go for it.

      Gareth`,
  },
  {
    id: 't3-de-001',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'de',
    from: 'Thomas Weber <thomas.weber@weber-maschinenbau.de>',
    subject: 'AW: Termin für Relaunch-Workshop',
    headers: thread('t3w'),
    text: t`
      Hallo Herr Keller,

      der 7. Mai passt. Können Sie mir vorab eine Agenda schicken, damit ich die richtigen Kollegen einladen kann?

      Gruß
      Thomas Weber`,
  },
  {
    id: 't3-fr-001',
    label: 'informational',
    kind: 'thread',
    lang: 'fr',
    from: 'Camille Laurent <camille@atelier-laurent.fr>',
    subject: 'RE: Traduction anglaise du site',
    headers: thread('t3x'),
    text: t`
      Parfait, tout est en ligne, merci beaucoup Sam !

      Camille`,
  },
  {
    id: 't3-es-001',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'es',
    from: 'Javier Morales <javier@moralesvinos.es>',
    subject: 'RE: Tienda online',
    headers: thread('t3y'),
    text: t`
      Gracias Sam. Entonces, ¿cuánto costaría añadir los impuestos especiales de Alemania al carrito? Necesito saberlo antes del viernes.

      Javier`,
  },
  {
    id: 't3-en-023',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Nathan Price <nathan.price@brightwire.io>',
    subject: 'Re: Partnering on a bid',
    headers: thread('t3z'),
    text: t`
      Great to hear you're in. I've drafted our half of the expression of interest - can you write 300 words on your design approach and send two case studies by Wednesday?

      Nathan`,
  },
  {
    id: 't3-en-024',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Dr Helen Shaw <h.shaw@shawdental.co.uk>',
    subject: 'Re: Price list update',
    headers: thread('t3aa'),
    text: t`
      Lovely, all correct. Thank you Sam.

      Helen`,
  },
];
