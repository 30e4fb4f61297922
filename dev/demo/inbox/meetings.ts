import { type DemoEmail, mid, OWNER_TO } from './demo-email.js';

export const MEETING_EMAILS: DemoEmail[] = [
  {
    key: 'q3-planning-call',
    kind: 'meeting',
    expected: 'needs_reply',
    message: {
      from: 'Priya Natarajan <priya@partner.example>',
      to: OWNER_TO,
      subject: 'Q3 planning call',
      messageId: mid('q3-planning-call', 'partner.example'),
      text:
        'Hi Alex,\n\nAre you available next Tuesday at 3pm for a 30-minute call to discuss the Q3 plan? ' +
        'If not, please suggest another time that works for you.\n\nBest,\nPriya',
    },
  },
  {
    key: 'reschedule-sync',
    kind: 'meeting',
    expected: 'needs_reply',
    message: {
      from: 'Marcus Lee <marcus.lee@northwind.example>',
      to: OWNER_TO,
      subject: "Can we move Thursday's sync?",
      messageId: mid('reschedule-sync', 'northwind.example'),
      text:
        'Hey Alex,\n\nsomething came up on Thursday morning. Could we move our weekly sync to Friday at 10:00 instead? ' +
        'Let me know if that works.\n\nMarcus',
    },
  },
  {
    key: 'lunch-invite',
    kind: 'meeting',
    expected: 'needs_reply',
    message: {
      from: 'Sofia Rossi <sofia.rossi@northwind.example>',
      to: OWNER_TO,
      subject: 'Lunch with the new designers?',
      messageId: mid('lunch-invite', 'northwind.example'),
      text:
        'Hi Alex,\n\nthe two new designers start on Monday. Would you like to join us for a welcome lunch on Wednesday at 12:30? ' +
        'Please let me know by Friday so I can book a table.\n\nSofia',
    },
  },
  {
    key: 'interview-slot',
    kind: 'meeting',
    expected: 'needs_reply',
    message: {
      from: 'Jordan Kim <jordan.kim@talent.example>',
      to: OWNER_TO,
      subject: 'Interview for the backend role: which slot suits you?',
      messageId: mid('interview-slot', 'talent.example'),
      text:
        'Hello Alex,\n\nthank you for the invitation. I can do Monday 14:00, Tuesday 09:30 or Thursday 16:00 for the technical interview. ' +
        'Which of these would suit you?\n\nBest regards,\nJordan Kim',
    },
  },
];
