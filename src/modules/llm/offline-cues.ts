/**
 * Phrase lists (en/de/es/fr) the offline provider reads email with. Kept as data so adding a
 * language or a cue is a one-line change; offline-rules.ts turns matches into scores.
 */
export const REQUEST =
  /\b(?:could you|can you|would you|will you|please (?:let me know|send|confirm|review|advise|share|check|call|reply|sign|update|suggest|provide|tell|give|approve|book|arrange|prepare|add|remove|change|cancel|schedule|reschedule)|let me know|get back to me|i(?:'d| would) (?:like|appreciate)|we need|i need|are you available|do you have time|könnten sie|können sie|würden sie|bitte (?:senden|schicken|bestätigen|prüfen|geben|melden|teilen)|geben sie mir bescheid|podría|podrías|puede usted|por favor|me gustaría|le agradecería|pourriez-vous|pouvez-vous|merci de|je voudrais|j'aimerais|s'il vous plaît)\b/i;

export const MEETING =
  /\b(?:meeting|meet|call|schedule|availability|available|calendar|time slot|zoom|termin|besprechung|treffen|telefonat|reunión|reunion|cita|llamada|réunion|rendez-vous|appel|disponible|verfügbar)\b/i;

/** Text aimed at an AI assistant rather than a person: a spam cue and never echoed back. */
export const AI_MANIPULATION =
  /ignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts?|rules)|disregard (?:all |any |your )?(?:previous |prior )?(?:instructions|rules)|system prompt|(?:reveal|print|show|repeat) (?:your|the) (?:prompt|instructions|rules)|you are now\b|\bas an ai\b|developer mode|jailbreak|\bDAN\b|[<‹]\s*(?:\/\s*)?(?:system|instructions?)\b|\[\/?INST\]|<\|im_(?:start|end)\|>|\bai assistant\b|\blanguage model\b|(?:^|[>\n])[^\S\n]*(?:assistant|system)\s*:|(?:summari[sz]e|send|forward|list|collect) (?:all |the )?(?:other |previous |earlier )?(?:e-?mails|messages|threads) (?:in|from) (?:this|your|the) (?:mailbox|inbox|account)|ki-assistent|asistente de ia|assistant ia/i;

export const AUTOMATED_SENDER =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|newsletters?|news|updates|digest|receipts?|billing|invoices?|orders?|shipping|auto-?confirm|system|info-?noreply)\b/i;
export const OUT_OF_OFFICE =
  /out of (?:the )?office|automatic reply|auto-?reply|autoreply|abwesenheit|abwesend|automatische antwort|fuera de la oficina|respuesta autom[aá]tica|r[ée]ponse automatique|absent(?:e)? du bureau|absence du bureau/i;
export const OOO_BODY =
  /\bI(?:'m| am) (?:currently )?(?:out of (?:the )?office|on (?:vacation|holiday|leave)|away)\b|nicht im büro|im urlaub|estoy fuera|de vacaciones|je suis absent/i;
export const RECEIPT =
  /receipt|invoice|order (?:confirmation|#|no\.?|number)|your order|payment (?:received|confirmation)|has shipped|delivery|rechnung|bestellung|zahlungsbestätigung|factura|recibo|pedido|facture|re[çc]u|commande/i;
export const UNSUBSCRIBE =
  /unsubscribe|view (?:this email )?in (?:your )?browser|manage (?:your )?(?:email )?preferences|abbestellen|abmelden|darse de baja|cancelar (?:la )?suscripci[oó]n|se d[ée]sabonner|d[ée]sinscri/i;
export const AUTOMATED_NOTICE =
  /this is an automated|automatically generated|do not reply to this|please do not reply|you are receiving this|you received this (?:email|message) because|diese (?:e-mail|nachricht) wurde automatisch|no responda a este|ne pas r[ée]pondre/i;
export const NEWSLETTER_SUBJECT =
  /newsletter|weekly|digest|monthly update|edition|roundup|wochen|bolet[íi]n|lettre d'information/i;
export const FYI =
  /no (?:action|reply|response) (?:is )?(?:needed|required)|just (?:an? )?(?:fyi|heads-up|for your (?:information|reference))|\bfyi\b|zur (?:info|kenntnis)|keine antwort nötig|para su información|no hace falta responder|pour information|pour info\b/i;
export const PHISHING =
  /verify your (?:account|identity|email)|confirm your (?:account|identity|password|details|billing)|(?:password|account) (?:will )?(?:expire|be suspended|be closed|be locked)|account (?:has been |was )?(?:suspended|locked|limited|disabled|compromised)|unusual (?:sign-?in|login|activity)|update your (?:payment|billing|bank)|(?:click|tap) (?:here|below|the (?:link|button)) (?:to|and) (?:verify|confirm|restore|unlock|claim|avoid|keep)|konto (?:wurde )?gesperrt|verifizieren sie ihr konto|verifique su cuenta|cuenta (?:ha sido )?suspendida|v[ée]rifiez votre compte|compte (?:a [ée]t[ée] )?suspendu/gi;
export const SCAM =
  /lottery|you (?:have|'ve) won|congratulations.{0,40}(?:won|selected|winner)|inheritance|next of kin|beneficiary|wire transfer|western union|moneygram|bitcoin|crypto(?:currency)? (?:investment|opportunity)|gift cards?|million (?:dollars|usd|euros?)|claim your (?:prize|reward|gift)|100% free|act now|limited[- ]time offer|risk[- ]free|double your (?:money|income)|miracle|viagra|cialis|casino|hot singles/gi;
export const URGENCY =
  /\burgent|immediately|within 24 hours|final (?:notice|warning)|last chance|dringend|sofort|urgente|inmediatamente|imm[ée]diatement/gi;
export const GENERIC_GREETING =
  /dear (?:customer|user|client|member|friend|sir|madam|account holder|beneficiary|valued)|sehr geehrte(?:r)? kund|estimado cliente|cher client/i;
export const BRANDS = [
  'paypal',
  'apple',
  'microsoft',
  'amazon',
  'netflix',
  'google',
  'facebook',
  'instagram',
  'dhl',
  'fedex',
  'docusign',
  'office365',
  'outlook',
  'icloud',
  'coinbase',
  'binance',
  'wellsfargo',
  'chase',
  'bank',
];
export const SUSPICIOUS_TLD = /\.(?:ru|xyz|top|click|loan|work|zip|mov|tk|gq|ml|cf|ga|buzz|rest)$/i;
export const SHORTENED_OR_IP_LINK =
  /https?:\/\/(?:\d{1,3}(?:\.\d{1,3}){3}|bit\.ly|tinyurl\.com|t\.co|goo\.gl|is\.gd|rb\.gy)\b/i;
export const PERSONAL_GREETING =
  /^[^\S\n\r\u2028\u2029]*(?:hi|hello|hey|dear|hallo|liebe|lieber|guten tag|hola|estimad[oa]|bonjour|salut|cher|chère)\s+[\p{Lu}][\p{L}-]+/mu;
export const DEADLINE =
  /\bby (?:monday|tuesday|wednesday|thursday|friday|tomorrow|end of (?:day|week)|eod)\b|\basap\b|bis (?:morgen|montag|dienstag|mittwoch|donnerstag|freitag)|antes del? (?:lunes|martes|miércoles|jueves|viernes|mañana)|d'ici (?:lundi|mardi|mercredi|jeudi|vendredi|demain)/i;
