/**
 * Tiny language guess for the offline reply writer: stop-word counts plus a few letters that only
 * one of the languages uses. Good enough to answer a German, Spanish or French email in kind;
 * anything else gets English.
 */
export type ReplyLanguage = 'en' | 'de' | 'es' | 'fr';

const STOP_WORDS: Record<ReplyLanguage, string[]> = {
  en: [
    'the',
    'and',
    'you',
    'is',
    'for',
    'that',
    'with',
    'this',
    'please',
    'can',
    'we',
    'have',
    'are',
    'of',
    'your',
    'would',
    'could',
    'will',
    'thanks',
    'hi',
  ],
  de: [
    'und',
    'der',
    'die',
    'das',
    'ich',
    'sie',
    'nicht',
    'mit',
    'ist',
    'für',
    'bitte',
    'können',
    'wir',
    'ein',
    'eine',
    'ihnen',
    'haben',
    'uns',
    'gerne',
    'hallo',
    'vielen',
    'dank',
  ],
  es: [
    'el',
    'los',
    'que',
    'y',
    'en',
    'por',
    'para',
    'con',
    'una',
    'usted',
    'podría',
    'gracias',
    'hola',
    'está',
    'las',
    'del',
    'nos',
    'puede',
    'saludos',
    'muchas',
  ],
  fr: [
    'le',
    'les',
    'et',
    'est',
    'vous',
    'pour',
    'une',
    'des',
    'pas',
    'nous',
    'avec',
    'merci',
    'bonjour',
    'pourriez',
    'je',
    'sur',
    'votre',
    'cordialement',
    'pouvez',
    'au',
  ],
};

const LETTER_HINTS: Record<ReplyLanguage, RegExp> = {
  en: /(?!)/,
  de: /[äöüß]/gi,
  es: /[ñ¿¡]/gi,
  fr: /[çœèêëàùû]/gi,
};

export function detectLanguage(text: string): ReplyLanguage {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const scores = new Map<ReplyLanguage, number>();
  for (const language of Object.keys(STOP_WORDS) as ReplyLanguage[]) {
    const list = new Set(STOP_WORDS[language]);
    const hits = words.filter((w) => list.has(w)).length;
    const letters = (text.match(LETTER_HINTS[language]) ?? []).length;
    scores.set(language, hits + Math.min(letters, 5) * 0.5);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // Need some evidence and a clear lead; short or mixed text stays English.
  if (best[0] !== 'en' && best[1] >= 2 && best[1] > second[1]) return best[0];
  return 'en';
}

/**
 * A postscript ("P.S.", "PS:", "P.P.S.", "P.-S.", Spanish "P.D.") starts a line; the text before
 * it is the main body. A P.S. in another language must not switch the reply's language.
 */
const POSTSCRIPT = /^[ \t]*P\.?[ \t]?(?:P\.?[ \t]?)?-?[ \t]?[SD]\b/im;

export function mainBody(text: string): string {
  const at = text.search(POSTSCRIPT);
  return at > 0 ? text.slice(0, at) : text;
}

export interface ReplyPhrases {
  greeting: (name?: string) => string;
  thanks: (subject?: string) => string;
  questionsIntro: string;
  requestsIntro: string;
  meeting: string;
  followUp: string;
  noted: string;
  /** Introduces the owner's knowledge note the reply passes on. */
  noteIntro: string;
  signOff: string;
}

export const PHRASES: Record<ReplyLanguage, ReplyPhrases> = {
  en: {
    greeting: (name) => (name ? `Hi ${name},` : 'Hello,'),
    thanks: (subject) => `Thank you for your email${subject ? ` about "${subject}"` : ''}.`,
    questionsIntro: 'You asked:',
    requestsIntro: 'I have noted your request:',
    meeting: 'Regarding a meeting, I will check my calendar and confirm a suitable time.',
    noteIntro: 'This may help in the meantime:',
    followUp: 'I will look into this and get back to you shortly.',
    noted: 'I have received your message and will get back to you if anything else is needed.',
    signOff: 'Best regards,',
  },
  de: {
    greeting: (name) => (name ? `Hallo ${name},` : 'Guten Tag,'),
    thanks: (subject) => `vielen Dank für Ihre E-Mail${subject ? ` zu „${subject}“` : ''}.`,
    questionsIntro: 'Sie haben gefragt:',
    requestsIntro: 'Ich habe Ihre Anfrage notiert:',
    meeting:
      'Wegen eines Termins prüfe ich meinen Kalender und bestätige Ihnen einen passenden Zeitpunkt.',
    noteIntro: 'Vorab zur Information:',
    followUp: 'Ich kümmere mich darum und melde mich in Kürze bei Ihnen.',
    noted: 'Ich habe Ihre Nachricht erhalten und melde mich, falls noch etwas nötig ist.',
    signOff: 'Viele Grüße',
  },
  es: {
    greeting: (name) => (name ? `Hola ${name}:` : 'Hola:'),
    thanks: (subject) => `Muchas gracias por su correo${subject ? ` sobre «${subject}»` : ''}.`,
    questionsIntro: 'Sus preguntas:',
    requestsIntro: 'He tomado nota de su solicitud:',
    meeting: 'En cuanto a la reunión, revisaré mi agenda y le confirmaré un horario adecuado.',
    noteIntro: 'Mientras tanto, esto puede servirle:',
    followUp: 'Lo revisaré y le responderé en breve.',
    noted: 'He recibido su mensaje y le escribiré si hace falta algo más.',
    signOff: 'Saludos cordiales,',
  },
  fr: {
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    thanks: (subject) => `Merci pour votre message${subject ? ` concernant « ${subject} »` : ''}.`,
    questionsIntro: 'Vos questions :',
    requestsIntro: 'J’ai bien noté votre demande :',
    meeting: 'Concernant la réunion, je vais vérifier mon agenda et vous confirmer un créneau.',
    noteIntro: 'En attendant, voici une information utile :',
    followUp: 'Je regarde cela et je reviens vers vous rapidement.',
    noted: 'J’ai bien reçu votre message et je reviendrai vers vous si nécessaire.',
    signOff: 'Cordialement,',
  },
};
