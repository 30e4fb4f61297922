/**
 * Phrase lists (en/de/es/fr/pt/it/nl/ja where cheap) the offline classifier reads email with.
 * Kept as data so adding a language or a cue is a one-line change; offline-features.ts turns
 * matches into feature values, and the trained model (offline-model.generated.ts) weighs them.
 * Every pattern runs on text cut to its budget first and is linear (eslint-plugin-regexp).
 */
export const REQUEST =
  /\b(?:could you|can you|would you|will you|please (?:let me know|send|confirm|review|advise|share|check|call|reply|sign|update|suggest|provide|tell|give|approve|book|arrange|prepare|add|remove|change|cancel|schedule|reschedule|replace|swap|put|look|have a look)|let me know|get back to me|i(?:'d| would) (?:like|appreciate|be grateful)|we need|i need|are you available|do you have time|könnten sie|können sie|kannst du|würden sie|bitte (?:senden|schicken|schick|bestätigen|prüfen|geben|melden|teilen|tauschen)|schick mir|geben sie mir bescheid|podría|podrías|puede usted|puedes|por favor|me gustaría|le agradecería|pourriez-vous|pouvez-vous|tu peux|merci de|je voudrais|j'aimerais|s'il vous plaît|poderia|pode confirmar|consegue|podemos marcar|potrebbe|può|puoi|riusciamo|kunt u|kun je|wil je|zou je)\b|(?:ください|いただけますか|いただけますでしょうか|いただけないでしょうか|お願いします|お願いできますでしょうか)/i;

/** An amount of money: a currency sign before, or a currency word after, the number. */
export const MONEY =
  /[$£€¥￥]\s?\d|(?<![\d.,])\d[\d.,]{0,15}\s?(?:€|eur\b|usd\b|dollars|euros?\b|pounds\b|円)/i;

export const MEETING =
  /\b(?:meeting|meet|call|schedule|availability|available|calendar|time slot|zoom|termin|besprechung|treffen|telefonat|reunión|reunion|cita|llamada|réunion|rendez-vous|appel|disponible|verfügbar|reunião|riunione)\b|打ち合わせ/i;

/**
 * Text aimed at an AI assistant rather than a person: a spam cue and never echoed back. A chat
 * role line ("system: ...") counts only with an instruction in it, so a shipping notice's
 * "System: Latitude D620" line is not taken for one.
 */
export const AI_MANIPULATION =
  /ignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions|prompts?|rules)|disregard (?:all |any |your )?(?:previous |prior )?(?:instructions|rules)|system prompt|(?:reveal|print|show|repeat) (?:your|the) (?:prompt|instructions|rules)|you are now\b|\bas an ai\b|developer mode|jailbreak|\bdo anything now\b|[<‹]\s*(?:\/\s*)?(?:system|instructions?)\b|\[\/?INST\]|<\|im_(?:start|end)\|>|\bai assistant\b|\blanguage model\b|(?:^|[>\n])[^\S\n]*(?:assistant|system)[^\S\n]*:[^\n]{0,80}?\b(?:you|your|ignore|previous|rules|instructions?|reply|approved|include|must|always|never)\b|(?:summari[sz]e|send|forward|list|collect) (?:all |the )?(?:other |previous |earlier )?(?:e-?mails|messages|threads) (?:in|from) (?:this|your|the) (?:mailbox|inbox|account)|ki-assistent|asistente de ia|assistant ia/i;

/**
 * "DAN" (the jailbreak persona) only in capitals and next to prompt words: with the `i` flag the
 * old `\bDAN\b` matched every Dan who signed an email.
 */
export const DAN_JAILBREAK = /\bDAN\b(?= mode| prompt|:)|\bact as DAN\b/;

export const AUTOMATED_SENDER =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|mailer-daemon|postmaster|bounces?|newsletters?|news|updates|digest|receipts?|billing|invoices?|orders?|shipping|auto-?confirm|system|info-?noreply|naoresponda|noreply)\b/i;
export const OUT_OF_OFFICE =
  /out of (?:the )?office|automatic reply|auto-?reply|autoreply|abwesenheit|abwesend|automatische antwort|fuera de la oficina|respuesta autom[aá]tica|r[ée]ponse automatique|absent(?:e)? du bureau|absence du bureau|自動返信/i;
export const OOO_BODY =
  /\bI(?:'m| am) (?:currently )?(?:out of (?:the )?office|on (?:vacation|holiday|leave|annual leave)|away)\b|nicht im büro|im urlaub|estoy fuera|de vacaciones|je suis absente?|不在にしております/i;
export const RECEIPT =
  /receipt|invoice|order (?:confirmation|#|no\.?|number)|your order|booking (?:confirmation|is confirmed)|payment (?:received|confirmation)|has shipped|delivery|delivered|dispatched|tracking number|rechnung|bestellung|buchungsbestätigung|zahlungsbestätigung|sendung|factura|recibo|pedido|reserva|facture|re[çc]u|commande|colis|encomenda|bestelling|pakket|biglietto|注文|発送/i;
/** Footer words of bulk mail; legitimate lists and spam both carry them, so the model weighs them. */
export const UNSUBSCRIBE =
  /unsubscribe|view (?:this email )?in (?:your )?browser|manage (?:your )?(?:email )?(?:preferences|subscription)|update (?:your )?preferences|abbestellen|abmelden|darse de baja|cancelar (?:la )?suscripci[oó]n|se d[ée]sabonner|se d[ée]sinscrire|d[ée]sinscri|cancelar subscri[çc][ãa]o|disiscriviti|afmelden|配信停止/i;
/** "You are receiving this because you signed up": claimed by lists and by spam alike. */
export const CONSENT_CLAIM =
  /you(?:'re| are) receiving this|you received this (?:e-?mail|message)|because you (?:signed up|subscribed|opted|registered|have expressed)|you (?:have )?opted[- ]in|du erhältst diese|vous recevez cet|recibes este correo|recebe esta/i;
export const AUTOMATED_NOTICE =
  /this is an automated|automatic(?:ally)? generated|an automated (?:message|email|notification)|do not reply to this|please do not reply|this (?:email )?address cannot accept replies|unmonitored (?:address|mailbox)|diese (?:e-mail|nachricht) wurde automatisch|bitte antworten sie nicht|no responda a este|ne pas r[ée]pondre|message automatique|mensagem autom[áa]tica|por favor n[ãa]o responda|email automatica|automatisch bericht|送信専用/i;
export const NEWSLETTER_SUBJECT =
  /newsletter|weekly|digest|monthly update|edition|roundup|issue #?\d|wochen|bolet[íi]n|lettre d'information|おすすめ/i;
export const FYI =
  /no (?:action|reply|response) (?:is )?(?:needed|required)|no need to (?:reply|do anything)|(?:you )?don't need to (?:do anything|take any action)|nothing (?:needed|to do)|just (?:an? )?(?:fyi|heads-up|for your (?:information|reference))|\bfyi\b|just to let you know|zur (?:info|kenntnis)|keine antwort nötig|ist nichts weiter zu tun|para su información|para tu información|no hace falta responder|pour information|pour info\b|vous n'avez rien à faire|pode ignorar/i;
export const PHISHING =
  /verify your (?:account|identity|email|wallet)|confirm your (?:account|identity|password|details|billing|information|address|bank details)|(?:password|account|mailbox) (?:will )?(?:expire|be suspended|be closed|be locked|be (?:permanently )?disabled)|(?:account|access) (?:has been |was )?(?:temporarily )?(?:suspended|locked|limited|disabled|compromised|on hold)|update your (?:payment|billing|bank|information)|(?:click|tap) (?:here|below|the (?:link|button)) (?:to|and) (?:verify|confirm|restore|unlock|claim|avoid|keep|re-?validate)|sign in (?:again )?(?:with your email|to view)|(?:email|login) (?:password|credentials|details)|re-?validate|storage limit|keep (?:same|current) password|recovery phrase|(?:shipping|redelivery|customs|clearance|processing|handling|registration) fee|change of bank(?:ing)? details|(?:changed|new) bank(?:ing)? (?:details|provider)|keep (?:it|this) between us|are you (?:at your desk|free right now)|gift cards?|konto (?:wurde )?gesperrt|verifizieren sie ihr konto|bestätigen sie ihre identität|zollgebühren|verifique su cuenta|cuenta (?:ha sido )?(?:suspendida|bloqueada)|actualice sus datos|v[ée]rifiez votre compte|compte (?:a [ée]t[ée] )?suspendu|coordonnées bancaires|confirmar seus dados|acesso foi bloqueado|verifica la tua identità|アカウント(?:が|を)(?:一時)?停止/gi;
export const SCAM =
  /lottery|you (?:have|'ve) (?:been )?(?:won|selected|chosen)|guaranteed winner|congratulations.{0,40}(?:won|selected|winner|nominated)|inheritance|next of kin|beneficiary|dormant account|barrister|strict confidence|(?:confidential|lucrative) (?:business )?(?:proposal|transaction)|wire transfer|western union|moneygram|atm card|\bbitcoin\b|\bbtc\b|crypto(?:currency)?|airdrop|giveaway|passive income|trading bot|(?:returns|yields?) (?:of )?\d{2,3}%|\d{2,3}% (?:returns|monthly|yields?)|double (?:your (?:money|income|capital)|back)|claim (?:your|the) (?:prize|reward|gift|bonus|refund)|million (?:dollars|usd|euros?|pounds)|\$\s?\d[\d,.]* ?million|\bviagra\b|\bv[1!]agra\b|\bcialis\b|\bc[1!]alis\b|\bxanax\b|\bvalium\b|\bvicodin\b|no prescription|\bcasino\b|free spins|hot singles|women (?:near|within \d+ miles of) you|replica|saw your profile|adult (?:web)?sites?|recorded you|(?:gained|have) access to (?:all )?your (?:devices?|computer|camera)|(?:want|like) to know you better|something important to discuss|erbschaft|begünstigter|herencia|sorteo|loterie|héritage|heran[çc]a|eredit[àa]|当選|賞金/gi;
/** Sales language of unsolicited offers. */
export const OFFER =
  /\bfree\b|100% (?:free|guaranteed|natural|satisfaction)|\bguaranteed?\b|\d{1,2}% off|\bdiscount|\bsave (?:up to )?[$£€]?\d|\bsave thousands\b|no (?:obligation|experience|credit check|selling|dieting)|risk[- ]free|lowest (?:prices?|rates?)|best price|money[- ]back|order (?:now|today)|buy now|shop now|claim now|sign up today|limited (?:time|offer|spots|seats)|(?:only|just) \$\d|while (?:supplies|stocks) last|\bkostenlos|gratis|gratuit|grátis|garantiert|garantizado|garanti|garantido|rabatt|descuento|réduction|sconto|無料/gi;
/** Cold business outreach: "I came across your website", SEO, leads, a 15-minute call. */
export const COLD_PITCH =
  /i (?:came across|was (?:checking out|browsing|looking at)|noticed|found) (?:your|that your)|(?:checking out|browsing) (?:your )?[a-z0-9.-]{1,60}\.(?:com|co\.uk|net|org)|(?:first page|page 1|top 10) (?:of|on|in) google|\bseo\b|(?:ranking|rank) (?:on|for)|more (?:traffic|leads|clients|customers|sales|followers|reviews)|qualified (?:leads|meetings|sales calls|calls)|(?:10|15|20)[- ]minute (?:call|chat|consultation|review)|are you the right person|who (?:should|would) be the (?:best|right) person|bumping this|to the top of your inbox|business owner|(?:guest post|link insertion|do-?follow)|white-?label|case studies|free (?:audit|quote|consultation|trial|review|analysis|sample)|attendee list|(?:contact|email|mailing) lists?\b|verified contacts|send (?:over|you) (?:our|some|a few) (?:packages|pricing|samples|case studies|portfolio)|our packages|i noticed (?:that )?[a-z0-9.-]{1,40} (?:has|is|isn't|doesn't)|(?:helped|help) (?:\d+\+? )?(?:businesses|companies|agencies|brands) (?:like yours|get)|like yours|\{\{\s*first ?name\s*\}\}|pre-?approved|seite 1 bei google|kostenlose seo|nouveaux clients|rendez-vous qualifiés|mais clientes|meer omzet/gi;
/** Promises of income and work-from-home schemes. */
export const INCOME_SCHEME =
  /work (?:from|at) home|from home|downline|residual income|extra income|revenu compl[ée]mentaire|renda extra|be your own boss|fire your boss|make \$?\d[\d,]* (?:a|per) (?:day|week|month)|earn(?:ing)? (?:up to )?\$?\d|\$\d[\d,]* (?:a|per) (?:day|week)|financial freedom|get[- ]rich|business opportunity|(?:稼げる|副業)/gi;
/** Opt-out instructions of bulk senders, and the "this is not spam" disclaimer. */
export const REMOVE_INSTRUCTIONS =
  /to be (?:removed|taken off)|reply (?:with )?(?:the word )?["']?(?:remove|stop|leave out|no thanks)|remove (?:in|as) the subject|with remove as|removal page|be removed from|opt[- ]?out|one-time mailing|this is not spam|not a get-rich|section 301|anti-spam (?:laws|regulations)|this is an advertisement|if you (?:no longer wish|wish to be removed|don't want to hear)|not interested\?|won't (?:follow up|reach out)|antworten sie bitte mit "?abmelden|répondez stop/gi;
export const URGENCY =
  /\burgent|immediately|within (?:24|48|2|12) hours|expires? today|today only|final (?:notice|warning)|last chance|act now|hurry|before it's too late|offer (?:ends|expires)|\b\d{1,4} left\b|permanently (?:limited|disabled|deleted|closed)|dringend|sofort|urgente|inmediatamente|imm[ée]diatement|至急|期限は本日/gi;
export const GENERIC_GREETING =
  /\bdear (?:customer|user|client|member|friend|sir|madam|account holder|beneficiary|valued|business owner|homeowner|applicant|lucky|winner|supplier|recipient)|\bdearest\b|hello (?:dear|my dear|business owner)|\battn:|\battention:? (?:beneficiary|recipient)|sehr geehrte(?:r)? kund|estimado cliente|cher client|cher\(e\) assur|prezado cliente|gentile cliente|お客様(?:\n|$)/i;
/** Payment redirection, the mark of invoice, payroll and overpayment fraud ("we've changed banks"). */
export const PAYMENT_CHANGE =
  /\b(?:changed|changing|switched|new|updated?) (?:our |my )?bank(?:ing)? (?:account|details|provider)|\bchanged banks|\b(?:bank|banking|payment|remittance) details (?:have |has )?(?:changed|been updated)|direct deposit|\bnew (?:bank )?account (?:details|number)|account name exactly|pay(?:ment)? advice|remittance (?:advice|details)|refund the difference|\boverpa(?:id|yment)|forward (?:it|the (?:balance|rest|difference)) to|neue bankverbindung|nuevos datos bancarios|nouvelles coordonn[ée]es bancaires/gi;

/** Credential harvesting: a sign-in demanded to see a file, a message or a voicemail. */
export const CREDENTIAL_PROMPT =
  /\b(?:sign|log) ?in (?:again )?(?:with|using) your (?:work )?(?:e-?mail|microsoft|office|outlook)\b|\b(?:e-?mail|mailbox|webmail) (?:password|credentials|account to)|\b(?:release|pending|held|undelivered) (?:incoming )?messages\b|\bsecure (?:portal|document|message|link)\b|\bsupplier portal\b|\b(?:voice ?mail|voice message)\b|\bmailbox (?:is )?full\b|\bquota\b/gi;

/** The openers of CEO and gift-card fraud: a favour from someone who cannot talk right now. */
export const FAVOUR =
  /\bquick (?:favou?r|task)\b|\bdo me a favou?r\b|\b(?:are|r) you (?:available|around|free|at your desk|in the office)(?: (?:right )?now| today)? ?[?!.]|\b(?:in|into) a (?:meeting|viewing|conference) and (?:can't|cannot|can only)|\bdiscreet(?:ly)?\b|\bscratch (?:the|off)\b|\bpictures? of the (?:codes?|cards?)\b|\bcard (?:has been|was|got|is) (?:blocked|declined)\b|\bstuck (?:abroad|overseas)\b/gi;

/** Sales outreach: the follow-up chasers, the "worth a chat?" close and the paid "recognition". */
export const OUTREACH =
  /\bworth a (?:chat|call|quick chat|conversation|look|watch)\b|\bopen to (?:a |hearing|exploring|learning|chatting)|\bbook (?:a |your )?(?:demo|call)\b|\b(?:following|circling|circle) (?:up|back) on my\b|\bdid you (?:get|have) a chance to\b|\bmy (?:previous|last|earlier) (?:e-?mail|note|message)\b|\bgot (?:buried|lost) in your inbox\b|\b(?:agencies|studios|businesses|companies|owners|brands|founders) like (?:yours|you)\b|\bwe help (?:agencies|studios|businesses|companies|owners|brands|founders|web|small)\b|\bno strings\b|\bi'll keep this (?:short|brief)\b|\bfellow (?:founder|business owner|agency owner|bristol|london)\b|\bfounding (?:users|members|customers)\b|\b(?:listing|production|sponsorship|processing|shortlisting|background check|entry) fee\b|\bshortlisted\b|\bselected for (?:inclusion|an award|the)\b|\b(?:winner'?s?|award) (?:trophy|badge|package|ceremony)\b|\bchoose a package\b|\b(?:attendee|exhibitor|buyers?|visitor) list\b|\b(?:send|share) (?:you )?(?:over )?(?:the |our )?(?:pricing|price list|counts|results|examples|a sample)\b|\bon autopilot\b|\bi (?:ran|did) (?:a )?(?:quick |free )?audit\b|\b(?:any|your|our) budget for\b|\bhit (?:£|\$)?\d{1,3}k\b|\bmonthly recurring revenue\b|\bno (?:pitch|commitment)\b|\breaching out\b|\bi represent\b|\bwe speciali[sz]e in\b|\bwould it make sense\b|\b(?:is|would) now (?:be )?a good time\b|\bsuccess rate\b|\bcompletely confidential\b|\bkurzes gespräch\b|\b(?:agenturen|unternehmen) wie (?:ihre|ihres|deine)|\bagences comme la (?:vôtre|tienne)|\bappel de (?:15|20|30) minutes\b|\b(?:agencias|empresas) como la (?:tuya|suya)\b|\bbureaus? zoals (?:het )?(?:jouwe|uwe)\b|\bkort gesprek\b|\b(?:15|20|30) minut(?:en|os)\b/gi;

export const BRANDS = [
  'paypal',
  'apple',
  'microsoft',
  'office365',
  'amazon',
  'netflix',
  'google',
  'facebook',
  'meta',
  'instagram',
  'dhl',
  'fedex',
  'ups',
  'royalmail',
  'docusign',
  'dropbox',
  'wetransfer',
  'zoom',
  'outlook',
  'icloud',
  'coinbase',
  'binance',
  'metamask',
  'wellsfargo',
  'chase',
  'hmrc',
  'sparkasse',
  'santander',
  'itau',
  'correos',
  'ameli',
  'poste',
  'westernunion',
  'linkedin',
  'stripe',
  'chronopost',
  'norton',
  'adobe',
  'evri',
];
/** Words lookalike domains stack around a brand ("paypal-resolution-center.com"). */
export const LOOKALIKE_DOMAIN =
  /(?:^|[.-])(?:secure|security|verify|verification|account|accounts|support|online|alert|alerts|service|center|centre|update|login|signin|billing|resolution|notify|payments?|refund|redelivery|delivery|zustellung|sicherheit|seguridad|seguranca|sicurezza|restore|unlock|locked|files?|share|clearance|rewards?|giveaway|airdrop|award|claim|prize|winner)(?:[.-]|$)/i;
export const FREEMAIL =
  /^(?:gmail\.com|googlemail\.com|yahoo\.[a-z.]{2,6}|hotmail\.[a-z.]{2,6}|outlook\.[a-z.]{2,6}|live\.[a-z.]{2,6}|aol\.com|icloud\.com|me\.com|mail\.ru|yandex\.[a-z]{2,3}|protonmail\.com|proton\.me|gmx\.[a-z]{2,3}|web\.de|consultant\.com|mail\.com)$/i;
/**
 * Top-level domains that cheap registrations made a favourite of bulk senders. Not ".app": real
 * products send from it (linear.app, cash.app); the fake ones carry other marks.
 */
export const SUSPICIOUS_TLD =
  /\.(?:ru|cn|xyz|top|click|loan|work|zip|mov|tk|gq|ml|cf|ga|buzz|rest|biz|info|live|club|shop)$/i;
export const SHORTENED_OR_IP_LINK =
  /https?:\/\/(?:\d{1,3}(?:\.\d{1,3}){3}|bit\.ly|tinyurl\.com|t\.co|goo\.gl|is\.gd|rb\.gy)\b/i;
export const LINK = /\bhttps?:\/\/[^\s<>"[\]]{1,300}|\bwww\.[a-z0-9-]{1,63}\.[a-z]{2,6}/gi;
/**
 * "Hi Alex", "Dear Ms Lee", "Hallo Jonas": the greeting word in any case, the name capitalised.
 * Not with the `i` flag: `\p{Lu}` would then match any letter and "hi there" would count.
 */
export const PERSONAL_GREETING =
  /^[^\S\n\r\u2028\u2029]*(?:[Hh]i|[Hh]iya|[Hh]ello|[Hh]ey|[Dd]ear|[Mm]orning|[Aa]fternoon|[Hh]allo|[Ll]iebe|[Ll]ieber|[Gg]uten [Tt]ag|[Ss]ervus|[Gg]rüezi|[Hh]ola|[Ee]stimad[oa]|[Bb]onjour|[Ss]alut|[Cc]oucou|[Cc]her|[Cc]hère|[Oo]lá|[Oo]i|[Bb]om dia|[Cc]iao|[Bb]uongiorno|[Hh]oi)\s+[\p{Lu}][\p{L}'-]+/mu;
export const DEADLINE =
  /\bby (?:monday|tuesday|wednesday|thursday|friday|tomorrow|end of (?:day|week|the week|the month)|eod|the \d{1,2}(?:st|nd|rd|th))\b|\basap\b|before (?:the |our )?(?:weekend|friday|monday|month end|board|audit|launch)|bis (?:morgen|montag|dienstag|mittwoch|donnerstag|freitag|ende der woche)|antes del? (?:lunes|martes|miércoles|jueves|viernes|mañana)|d'ici (?:lundi|mardi|mercredi|jeudi|vendredi|demain)|até sexta/i;
/** The recipient's own world: a thread, a colleague, a shared past ("as we discussed"). */
export const RELATIONSHIP =
  /\b(?:as (?:we )?discussed|following (?:our|up on our) (?:call|meeting|conversation)|thanks (?:again )?for (?:the|your) (?:call|help|quick|reply|proposal|quote|feedback|draft)|thank you for (?:the|your) (?:quick|detailed|call|help|proposal|quote|feedback|answer)|good to see you|great to (?:see|catch up)|long time no see|we (?:spoke|met) (?:at|on|last)|you mentioned|recommended you|suggested i get in touch|passed on your details|gave me your)\b|vielen dank für (?:die schnelle|ihre) antwort|merci pour le devis|gracias por|obrigad[ao] pelo/i;
export const SIGN_OFF =
  /^[ \t]*(?:thanks|thank you|cheers|best|best wishes|best regards|kind regards|regards|many thanks|yours sincerely|warm regards|all the best|love|ta|viele grüße|mit freundlichen grüßen|lg|gruß|saludos|un saludo|atentamente|cordialement|bien à vous|merci|bisous|abraços|obrigad[oa]|cumprimentos|grazie|met vriendelijke groet|よろしくお願い)[^\n\r\u2028\u2029]{0,20}$/im;

/** A stranger asking for the details fraud needs: phone or WhatsApp, bank account, full name. */
export const PERSONAL_DETAILS =
  /\b(?:your|ur) (?:full name|(?:(?:private|personal|mobile|cell|best|direct|home) )?(?:tele)?phone (?:and fax )?numbers?|(?:mobile|cell|handy) ?number|whatsapp(?: number)?|bank (?:account|details)|(?:full |home |postal )?address(?:,| and) (?:age|phone|occupation)|date of birth|passport|social security|credit card (?:number|details))\b|\bwhatsapp\b|\b(?:ihre|deine) (?:handynummer|telefonnummer|bankverbindung)\b|\bvos coordonn[ée]es\b|\bsus datos (?:personales|bancarios)\b/i;

/** Sums only fraud and get-rich offers name: millions, or six digits and more. */
export const LARGE_SUM =
  /\b(?:millions?|billions?|millionen|milliarden|millones|millions d'euros|milliards?)\b|[$£€]\s?\d{1,3}(?:[.,]\d{3}){2,}|\b\d{1,3}(?:[.,]\d{3}){2,}(?:[.,]\d{2})?\s?(?:€|eur\b|usd\b|gbp\b|dollars)/i;

/** A pitch's closing question: an offer to send something nobody asked for. */
export const UNASKED_OFFER =
  /\b(?:(?:can|may|could|shall|should) I (?:send|share|show|email)(?: you)?(?: over)?|(?:do you )?want me to (?:send|share|show|put together)|would you like (?:me to (?:send|share|show)|to (?:see|receive|get|acquire))|(?:are you |would you be )?interested in (?:acquiring|receiving|getting|a free|our|learning)|are you interested\b|just reply (?:with )?["'“]?yes|should I send (?:it|them|over))/i;

/** Secrecy and reassurance: what a real correspondent has no need to say. */
export const SECRECY =
  /\b(?:keep (?:this|it) (?:between us|confidential|private|to yourself|quiet)|discreet(?:ly)?|strictly confidential|(?:my|our) private (?:e-?mail|number|address)|risk[- ]free|100% (?:legal|safe|legit|risk)|(?:it's|this is) not a scam|treat (?:this )?as (?:strictly )?confidential|can I trust you|trustworthy person|trusted partner)\b/i;
