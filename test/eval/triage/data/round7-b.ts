import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Held-out round 7, part b: mail in the style of 1999–2008. Informational mailing-list posts
 * (BSD, PHP, MySQL, a camera club, a hiking club, a home-brewing list, a Mac users group) with
 * quoted replies, signatures, Mailman/Yahoo! Groups footers and digests, some asking the list a
 * question or discussing spam, viruses or money; newsletters, shop order and shipping mail,
 * list notices; personal mail to Sam from friends, relatives, colleagues, clients and list
 * members writing off-list; and bulk spam of the era (many HTML-only, some with fake list
 * headers, some with questions or "reply REMOVE" lines).
 */
export const ROUND_7B: EvalEmail[] = [
  {
    id: 'r7b-001',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Marcus Lindqvist <mlindq@telia.com>',
    to: 'freebsd-questions@freebsd.org',
    subject: 'portupgrade dies on perl 5.8 after cvsup',
    headers: bulk(
      'User questions <freebsd-questions.freebsd.org>',
      '<http://lists.freebsd.org/mailman/listinfo/freebsd-questions>, <mailto:freebsd-questions-request@freebsd.org?subject=unsubscribe>',
    ),
    text: t`
      Hi all,

      After cvsup'ing my ports tree last night (4.9-STABLE, i386) "portupgrade -a"
      stops right away with:

        /usr/local/lib/ruby/site_ruby/1.8/pkgtools.rb:1055: undefined method
        'split' for nil:NilClass (NoMethodError)

      pkgdb -F runs clean and I already rebuilt ruby18-bdb1. The only thing I
      changed was moving perl from 5.6 to 5.8 with use.perl port, as UPDATING
      says. Has anyone seen this one? I'd rather not nuke /var/db/pkg if I
      can avoid it.

      Thanks,
      Marcus

      --
      Marcus Lindqvist                 Uppsala, Sweden
      "It compiled. Ship it."
      _______________________________________________
      freebsd-questions@freebsd.org mailing list
      http://lists.freebsd.org/mailman/listinfo/freebsd-questions
      To unsubscribe, send any mail to "freebsd-questions-unsubscribe@freebsd.org"`,
  },
  {
    id: 'r7b-002',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Richard Okafor <rich@okafor-design.net>',
    to: 'php-general@lists.php.net',
    subject: 'Re: [PHP] register_globals off breaks my forms',
    headers: {
      'List-Id': '<php-general.lists.php.net>',
      'List-Unsubscribe': '<mailto:php-general-unsubscribe@lists.php.net>',
      'List-Post': '<mailto:php-general@lists.php.net>',
      'Mailing-List': 'contact php-general-help@lists.php.net; run by ezmlm',
      Precedence: 'bulk',
    },
    text: t`
      Jenny Sato wrote:
      > My host upgraded to 4.2.2 and now none of my form variables show up.
      > $name and $email are just empty. Did they break something?

      Nothing is broken, register_globals is now off by default. Use the
      superglobals instead:

        $name  = $_POST['name'];
        $email = $_POST['email'];

      and for things in the query string use $_GET. Don't be tempted to
      turn register_globals back on in .htaccess, you'll regret it the
      first time someone passes ?admin=1 to your script.

      The manual page on this is worth reading:
      http://www.php.net/manual/en/security.registerglobals.php

      Rich

      --
      PHP General Mailing List (http://www.php.net/)
      To unsubscribe, visit: http://www.php.net/unsub.php`,
  },
  {
    id: 'r7b-003',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Tom Brannigan <tbrannigan@earthlink.net>',
    to: 'mysql@lists.mysql.com',
    subject: 'Re: slow ORDER BY on 2 million rows',
    headers: bulk(
      '<mysql.lists.mysql.com>',
      '<mailto:mysql-unsubscribe-sam=kellerworks.com@lists.mysql.com>',
    ),
    text: t`
      On Tue, 9 Mar 2004, Ana Ruiz wrote:

      > SELECT * FROM orders WHERE customer_id = 4410 ORDER BY created DESC LIMIT 20;
      > takes 9 seconds. There is an index on customer_id and one on created.
      > EXPLAIN says "Using where; Using filesort".

      MySQL will only use one of those two indexes for this query, so it
      finds the rows by customer_id and then has to sort them. Put both
      columns in one index, in that order:

        ALTER TABLE orders ADD INDEX cust_created (customer_id, created);

      Then EXPLAIN should lose the filesort. With MyISAM on a table that size
      the ALTER will lock it for a few minutes, so do it off hours.

      Also, SELECT * on a wide table hurts when you only show five columns.

      -- 
      Tom Brannigan
      DBA, not a magician

      -- 
      MySQL General Mailing List
      For list archives: http://lists.mysql.com/mysql
      To unsubscribe:    http://lists.mysql.com/mysql?unsub=sam@kellerworks.com`,
  },
  {
    id: 'r7b-004',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Helen Marsh <helenmarsh47@aol.com>',
    to: 'riversidecameraclub@yahoogroups.com',
    subject: '[RCC] Minutes, October 14 meeting',
    headers: {
      'Mailing-List':
        'list riversidecameraclub@yahoogroups.com; contact riversidecameraclub-owner@yahoogroups.com',
      'List-Id': '<riversidecameraclub.yahoogroups.com>',
      'List-Unsubscribe': '<mailto:riversidecameraclub-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
    text: t`
      Riverside Camera Club - minutes of the meeting of October 14, 2003
      Present: 22 members, 3 guests

      1. Treasurer: balance $1,184.52. The new projector bulb ($289) was paid.
      2. Field trip to the botanical gardens moved to Nov 8 because of the
         marathon. Meet at the east gate, 7:30am.
      3. Digital vs. slide category: after a long discussion we agreed to keep
         them separate for this season and revisit in June.
      4. Guest speaker in November: Walt Hennessy on night photography.
      5. Print competition theme for December is "Reflections". Max 2 entries,
         mounted, no larger than 16x20.

      Meeting closed 9:40pm. Next meeting Tuesday Nov 11.

      Helen (secretary)


      Yahoo! Groups Links

      <*> To visit your group on the web, go to:
          http://groups.yahoo.com/group/riversidecameraclub/

      <*> To unsubscribe from this group, send an email to:
          riversidecameraclub-unsubscribe@yahoogroups.com

      <*> Your use of Yahoo! Groups is subject to:
          http://docs.yahoo.com/info/terms/`,
  },
  {
    id: 'r7b-005',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Bob Kettering <bkettering@comcast.net>',
    to: 'tricountytrail@yahoogroups.com',
    subject: 'Trip report - Hidden Lake Lookout, Sat 9/18',
    headers: {
      'Mailing-List':
        'list tricountytrail@yahoogroups.com; contact tricountytrail-owner@yahoogroups.com',
      'List-Unsubscribe': '<mailto:tricountytrail-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
    text: t`
      Eleven of us made it up on Saturday. Road to the trailhead is rough
      past the second switchback, low cars made it but slowly. Trail was dry
      until the basin, then a couple of snow patches that were soft by 11.
      Nobody needed the traction devices but bring them if you go after the
      next cold snap.

      Clouds lifted right when we got to the lookout so we got the full view
      of the lake and Baker. Marmots everywhere. Down by 4, pizza in
      Marblemount after.

      Thanks to Judy for sweeping and to Ken for the carpool from the park
      and ride.

      Bob


      Yahoo! Groups Links
      <*> To visit your group on the web, go to:
          http://groups.yahoo.com/group/tricountytrail/`,
  },
  {
    id: 'r7b-006',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'brewbench-request@brewbench.org',
    to: 'brewbench@brewbench.org',
    subject: 'Brewers Bench Digest, Vol 3, Issue 212',
    headers: bulk(
      'Brewers Bench home-brewing list <brewbench.brewbench.org>',
      '<http://www.brewbench.org/mailman/listinfo/brewbench>, <mailto:brewbench-request@brewbench.org?subject=unsubscribe>',
    ),
    text: t`
      Send brewbench mailing list submissions to
          brewbench@brewbench.org

      Today's Topics:

         1. Re: Wyeast 1056 vs Nottingham (Phil Ardmore)
         2. Cheap chest freezer temp controller? (Lars)
         3. Re: Cheap chest freezer temp controller? (Dana Quist)


      ----------------------------------------------------------------------

      Message: 1
      Date: Wed, 21 Jun 2006 08:14:02 -0500
      From: Phil Ardmore <pardmore@sbcglobal.net>
      Subject: Re: Wyeast 1056 vs Nottingham

      > Is the difference worth the extra $5 a pack?

      For an APA I honestly can't tell them apart if Notty is kept under
      64F. Above that it gets fruity. 1056 is more forgiving.

      Phil

      ------------------------------

      Message: 2
      Date: Wed, 21 Jun 2006 10:40:55 -0700
      From: Lars <lars.b@gmail.com>
      Subject: Cheap chest freezer temp controller?

      Anyone using the plug-in Johnson controller on a 7 cu ft freezer? Worth
      $60 or should I wire my own thermostat?

      ------------------------------

      Message: 3
      Date: Wed, 21 Jun 2006 11:02:31 -0700
      From: Dana Quist <dquist@pacbell.net>
      Subject: Re: Cheap chest freezer temp controller?

      Lars, I've had the Johnson A419 on mine for three years, zero problems.
      Tape the probe to the side of the fermenter under some bubble wrap.

      Dana

      ------------------------------

      _______________________________________________
      brewbench mailing list
      brewbench@brewbench.org
      http://www.brewbench.org/mailman/listinfo/brewbench

      End of brewbench Digest, Vol 3, Issue 212
      *****************************************`,
  },
  {
    id: 'r7b-007',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Bay Area Mac Users Group <newsletter@bamug.org>',
    to: 'members@bamug.org',
    subject: 'BAMUG Monthly - March 2003',
    headers: bulk('BAMUG members <members.bamug.org>', '<mailto:members-leave@bamug.org>'),
    text: t`
      ================================================
       BAMUG MONTHLY                      March 2003
      ================================================

      IN THIS ISSUE
       * March meeting: Jaguar tips and tricks
       * Safari beta - first impressions
       * Backup corner: Retrospect vs. rsync
       * Members' swap table

      MARCH MEETING
      Thursday March 20, 7pm, Community Room, Elm St Library. Dana Whitfield
      will show the 10.2 features most of us never found: Rendezvous, the new
      Mail junk filter (yes, it actually works) and Sherlock 3 channels.
      Bring your PowerBook if you want help upgrading from 10.1.

      SAFARI BETA
      Three of our members have been running Apple's new browser since
      January. Verdict: fast, a few sites break, no tabs yet. Mozilla and
      Camino still have their fans.

      BACKUP CORNER
      Jim compares Retrospect 5 with a plain rsync script to a FireWire
      drive. Short version: rsync loses resource forks unless you use the
      -E option in 10.3 (when it arrives) or psync today.

      Membership renewals are due in April: still $25/year.

      --
      You get this newsletter because you are a member of BAMUG.
      To leave the list send a blank message to members-leave@bamug.org`,
  },
  {
    id: 'r7b-008',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Erik Vanderhoff <erikv@xs4all.nl>',
    to: 'misc@openbsd.org',
    subject: 'Re: greylisting with spamd - worth it?',
    headers: bulk('<misc.openbsd.org>', '<mailto:majordomo@openbsd.org?body=unsubscribe%20misc>'),
    text: t`
      On Fri, Nov 12, 2004 at 02:10:44PM +0100, Paul Greer wrote:
      > We get about 40,000 spams a day to a small company domain. Is spamd
      > in greylisting mode enough or do I still need SpamAssassin behind it?

      Running it since 3.5 on two mail relays. Greylisting alone dropped our
      spam by roughly 85%, the zombie PCs simply never retry. The rest still
      goes through SpamAssassin on the internal box. The only complaints
      were from a couple of big ISPs that retry from a different IP each
      time; put their ranges in the whitelist and forget about it.

      Also look at spamdb and the "trap" addresses, catching the dictionary
      attacks is fun to watch.

      Erik`,
  },
  {
    id: 'r7b-009',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Jason Kiley <jkiley@mindspring.com>',
    to: 'php-general@lists.php.net',
    subject: '[PHP] OT: Sobig.F flooding - please check your machines',
    headers: {
      'List-Id': '<php-general.lists.php.net>',
      'List-Unsubscribe': '<mailto:php-general-unsubscribe@lists.php.net>',
      Precedence: 'bulk',
    },
    text: t`
      Sorry for the off-topic post. Since Monday I've received over 3,000
      copies of "Re: Details" and "Re: Thank you!" with attachments like
      your_document.pif, and a lot of them have forged From: addresses of
      people on this list.

      It's the Sobig.F worm harvesting addresses from cache files. If you
      are on Windows and have been browsing the list archives, please
      update your antivirus and run a scan. No, I did not send you a virus,
      and no, nobody on the list did on purpose.

      The list admins have blocked .pif attachments, which helps.

      Jason

      --
      PHP General Mailing List (http://www.php.net/)
      To unsubscribe, visit: http://www.php.net/unsub.php`,
  },
  {
    id: 'r7b-010',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Brightline Computers <orders@brightlinecomputers.com>',
    subject: 'Order Confirmation #BL-448210',
    text: t`
      Thank you for shopping at Brightline Computers!

      This email confirms we received your order. You will receive another
      email with tracking information when it ships.

      Order number:  BL-448210
      Order date:    02/17/2004 10:42 PM

      Qty  Item                                         Price
      ---  -------------------------------------------  -------
       1   Kingston 512MB PC2700 DDR 184-pin            $79.99
       1   Maxtor DiamondMax Plus 9 80GB 7200rpm ATA    $94.50
       1   Belkin 4-port USB 2.0 PCI card               $24.95

                                           Subtotal:   $199.44
                                           Shipping:    $11.20 (UPS Ground)
                                           Tax:          $0.00
                                           TOTAL:      $210.64

      Charged to: Visa ending 4417

      Ship to:
        Sam Keller
        Kellerworks
        214 Alder St, Suite 3

      Questions? Reply to this email or call 1-800-555-0187, M-F 8-6 CST.`,
  },
  {
    id: 'r7b-011',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Pixel Depot Customer Service <service@pixeldepot.com>',
    subject: 'Your Pixel Depot order has shipped (Order 7731902)',
    text: t`
      Dear Sam Keller,

      Good news! The following items from order 7731902 shipped today via
      UPS Ground:

        1 x Wacom Graphire3 4x5 tablet, silver     $99.00
        1 x Epson T032120 black ink cartridge       $27.49

      UPS tracking number: 1Z 88W 4E0 03 4410 2297
      Track your package at http://www.ups.com/ (tracking may not be
      available until this evening).

      Estimated delivery: 3-5 business days.

      Thank you for your order.
      Pixel Depot - Digital imaging since 1996`,
  },
  {
    id: 'r7b-012',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Judy Alvarez <judyalvarez@yahoo.com>',
    to: 'tricountytrail@yahoogroups.com',
    subject: '2005 dues and treasurer report',
    headers: {
      'Mailing-List':
        'list tricountytrail@yahoogroups.com; contact tricountytrail-owner@yahoogroups.com',
      'List-Unsubscribe': '<mailto:tricountytrail-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
    text: t`
      Hi everyone,

      Year-end numbers for 2004:

        Opening balance          $842.10
        Dues (61 members)        $915.00
        Trail work day donation  $150.00
        Insurance               -$480.00
        First aid kits          -$126.35
        Website hosting          -$71.40
        Closing balance        $1,229.35

      Dues stay at $15 for 2005. You can pay me at any hike or mail a check
      made out to Tri-County Trailwalkers to the PO box on the website. Please
      don't send cash in the mail, one envelope went missing last year.

      Judy, treasurer`,
  },
  {
    id: 'r7b-013',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Kevin Doyle <kdoyle@rcn.com>',
    to: 'brewbench@brewbench.org',
    subject: 'stuck at 1.030 - help?',
    headers: bulk(
      'Brewers Bench home-brewing list <brewbench.brewbench.org>',
      '<http://www.brewbench.org/mailman/listinfo/brewbench>, <mailto:brewbench-request@brewbench.org?subject=unsubscribe>',
    ),
    text: t`
      My Scotch ale (OG 1.082, all grain, mashed at 156) has been sitting at
      1.030 for six days. Pitched one smack pack of Wyeast 1728 without a
      starter, which I now realize was probably the mistake. Basement is
      about 60F.

      Should I move it upstairs and rouse the yeast, or pitch a packet of
      US-05 on top? Don't want it to end up cloying.

      Any advice appreciated,
      Kevin

      _______________________________________________
      brewbench mailing list
      brewbench@brewbench.org
      http://www.brewbench.org/mailman/listinfo/brewbench`,
  },
  {
    id: 'r7b-014',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'mysql-digest-help@lists.mysql.com',
    to: 'mysql@lists.mysql.com',
    subject: 'mysql Digest 12 Jan 2004 18:40:11 -0000 Issue 2711',
    headers: bulk('<mysql.lists.mysql.com>', '<mailto:mysql-digest-unsubscribe@lists.mysql.com>'),
    text: t`
      mysql Digest 12 Jan 2004 18:40:11 -0000 Issue 2711

      Topics (messages 161203 through 161209):

      Re: replication stops with error 1062
              161203 by: Gerald Pike
      LOAD DATA INFILE and Windows line endings
              161204 by: Amit Rao
              161206 by: Sven Olsen
      4.0.17 on Panther - mysqld won't start
              161207 by: Carla Ng

      ----------------------------------------------------------------------

      Date: Mon, 12 Jan 2004 09:11:40 -0600
      From: Gerald Pike <gpike@unl.edu>
      Subject: Re: replication stops with error 1062

      Don't just set slave-skip-errors=1062 and walk away. A duplicate key on
      the slave means someone wrote to it directly. Find out who first.

      ----------------------------------------------------------------------

      Date: Mon, 12 Jan 2004 10:52:03 +0530
      From: Amit Rao <amit.rao@vsnl.net>
      Subject: LAOD DATA INFILE and Windows line endings

      My last column always ends up with a carriage return in it. What is the
      right LINES TERMINATED BY for files from Excel?

      ----------------------------------------------------------------------

      Date: Mon, 12 Jan 2004 12:30:19 +0100
      From: Sven Olsen <sven@olsen.dk>
      Subject: Re: LOAD DATA INFILE and Windows line endings

      Use the two-character CR LF sequence in LINES TERMINATED BY, it's in
      the manual under LOAD DATA. Or run the file through dos2unix first.

      ----------------------------------------------------------------------

      Date: Mon, 12 Jan 2004 17:58:44 -0800
      From: Carla Ng <carla@ngstudio.com>
      Subject: 4.0.17 on Panther - mysqld won't start

      Fixed it myself: the data directory was owned by root after the
      installer. chown -R mysql /usr/local/mysql/data and it's fine.

      ----------------------------------------------------------------------

      --
      MySQL General Mailing List
      For list archives: http://lists.mysql.com/mysql`,
  },
  {
    id: 'r7b-015',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dana Whitfield <dana@whitfieldmac.com>',
    to: 'members@bamug.org',
    subject: 'BAMUG: Tiger install fest this Saturday',
    headers: bulk('BAMUG members <members.bamug.org>', '<mailto:members-leave@bamug.org>'),
    text: t`
      Reminder: Tiger install fest this Saturday, May 7, 10am to 2pm at the
      library community room.

      - Bring your Mac, power adapter and your own licensed 10.4 DVD.
      - BACK UP FIRST. We will not be responsible for your iTunes library.
      - We'll have two FireWire drives for cloning with Carbon Copy Cloner.
      - Coffee and donuts courtesy of Mike's shop.

      Macs older than G3 with built-in FireWire can't run Tiger, sorry.

      Dana
      BAMUG president`,
  },
  {
    id: 'r7b-016',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Walt Hennessy <walt.hennessy@verizon.net>',
    to: 'riversidecameraclub@yahoogroups.com',
    subject: '[RCC] "Reflections" competition results',
    headers: {
      'Mailing-List':
        'list riversidecameraclub@yahoogroups.com; contact riversidecameraclub-owner@yahoogroups.com',
      'List-Unsubscribe': '<mailto:riversidecameraclub-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
    text: t`
      Results from Tuesday night, judged by Margaret Lowe of the county arts
      council:

      PRINTS
        1st  "Puddle, 5th Avenue"        - Carol Byrne
        2nd  "Mill Pond at Dawn"         - Ron Tate
        3rd  "Window Washer"             - Sam Keller
        HM   "Chrome"                    - Li Wen

      SLIDES
        1st  "Still Water"               - Ron Tate
        2nd  "Heron"                     - Beth Mayer

      DIGITAL
        1st  "Rearview"                  - Li Wen
        2nd  "Sunglasses"                - Tony Russo

      Margaret's comment on the whole batch: too many pictures where the
      reflection is the only idea. Food for thought. Congratulations all,
      the winning prints will hang in the library lobby through January.

      Walt`,
  },
  {
    id: 'r7b-017',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'PHP Announce <php-announce@lists.php.net>',
    to: 'php-announce@lists.php.net',
    subject: '[ANNOUNCEMENT] PHP 5.0.0 Released!',
    headers: bulk(
      '<php-announce.lists.php.net>',
      '<mailto:php-announce-unsubscribe@lists.php.net>',
    ),
    text: t`
      The PHP development team is proud to announce the release of PHP 5.0.0.

      Some of the key features of PHP 5 include:

       * The Zend Engine II with a new object model: private and protected
         members, abstract classes, interfaces, exceptions and more.
       * Completely rewritten XML support based on libxml2, including
         SimpleXML.
       * A new MySQL extension (mysqli) for MySQL 4.1 and later.
       * SQLite bundled.
       * Much improved SOAP support.

      Objects are now passed by handle, which may affect older scripts. See
      the migration notes in the manual before upgrading production servers.

      Downloads are available at http://www.php.net/downloads.php

      Thanks to everyone who tested the release candidates.`,
  },
  {
    id: 'r7b-018',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'FreeBSD Security Advisories <security-advisories@freebsd.org>',
    to: 'freebsd-security-notifications@freebsd.org',
    subject: 'FreeBSD Security Advisory FreeBSD-SA-06:11.ipsec',
    headers: bulk(
      'Notification of FreeBSD security advisories <freebsd-security-notifications.freebsd.org>',
      '<http://lists.freebsd.org/mailman/listinfo/freebsd-security-notifications>',
    ),
    text: t`
      -----BEGIN PGP SIGNED MESSAGE-----
      Hash: SHA1

      =============================================================================
      FreeBSD-SA-06:11.ipsec                                      Security Advisory
                                                                The FreeBSD Project

      Topic:          IPsec replay attack vulnerability

      Category:       core
      Module:         sys_netinet
      Affects:        All FreeBSD releases with FAST_IPSEC compiled in
      Corrected:      2006-03-22 23:04:21 UTC (RELENG_6, 6.1-PRERELEASE)

      I.   Background

      IPsec provides authentication and encryption of IP packets.

      II.  Problem Description

      The FAST_IPSEC implementation fails to update the replay protection
      sequence number, so an attacker can replay captured packets.

      III. Impact

      An attacker able to capture traffic could replay it. Systems without
      FAST_IPSEC in the kernel configuration are not affected.

      IV.  Workaround

      No workaround is available; the default GENERIC kernel is not affected.

      V.   Solution

      Upgrade your system to the relevant -STABLE or security branch dated
      after the correction date, rebuild and reboot the kernel.
      -----BEGIN PGP SIGNATURE-----
      Version: GnuPG v1.4.2 (FreeBSD)

      iD8DBQFEIdmyFdaIBMps37IRAmq7AJ0T4hjBvlh1q9sBCB2mC0kfQU5BGgCfX8Lm
      =3kTn
      -----END PGP SIGNATURE-----`,
  },
  {
    id: 'r7b-019',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'WebBuilder Weekly <editor@webbuilderweekly.com>',
    subject: 'WebBuilder Weekly #87: CSS layouts without tables',
    text: t`
      WEBBUILDER WEEKLY                     Issue #87 - 14 August 2002
      -----------------------------------------------------------------
      Practical news for people who build web sites for a living
      -----------------------------------------------------------------

      1. THREE COLUMNS, NO TABLES
      Yes, it can be done, and yes, IE 5 on the Mac will still make you
      cry. We walk through a float-based layout that survives Netscape 4
      (mostly) by hiding the stylesheet with @import.

      2. FLASH MX: WORTH THE UPGRADE?
      Video support and better accessibility hooks. If your clients ask for
      intros, you'll upgrade anyway.

      3. TOOL OF THE WEEK
      HTML Tidy. Run it on the last site you inherited and watch the font
      tags disappear.

      4. JOBS BOARD
      Senior Cold Fusion developer, Chicago. Junior designer, Austin.
      Details on the site.

      -----------------------------------------------------------------
      You subscribed at webbuilderweekly.com with sam@kellerworks.com.
      To unsubscribe, send a blank email to leave@webbuilderweekly.com
      Copyright 2002 WebBuilder Media. Forward freely, in full.`,
  },
  {
    id: 'r7b-020',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: 'Nancy Whitlow <nwhitlow@harborfreightlines.com>',
    subject: 'Out of Office AutoReply: mockups for the tracking page',
    text: t`
      I am out of the office from Monday, July 5 through Friday, July 16 with
      limited access to email. For urgent matters please contact Gary Pruitt
      at gpruitt@harborfreightlines.com or ext. 2210.

      Thank you,
      Nancy Whitlow
      Marketing Coordinator, Harbor Freight Lines`,
  },
  {
    id: 'r7b-021',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'NameHarbor Billing <billing@nameharbor.com>',
    subject: 'Receipt: domain renewal kellerworks.com',
    text: t`
      Dear Sam Keller,

      Thank you for renewing with NameHarbor. Your payment has been processed.

      Receipt number:   NH-2005-0913-4471
      Date:             September 13, 2005

      Domain              Term      Amount
      kellerworks.com     2 years   $17.90
      kellerworks.net     2 years   $17.90
                          Total:    $35.80

      Paid by: Mastercard ending 0822

      New expiration dates:
        kellerworks.com   2007-10-02
        kellerworks.net   2007-10-02

      You can review your domains at any time in your account at
      https://www.nameharbor.com/account

      NameHarbor Domain Services`,
  },
  {
    id: 'r7b-022',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Cascade Hosting NOC <noc@cascadehosting.net>',
    subject: '[Maintenance] web14 kernel upgrade, Sun Feb 4 02:00-03:00 PST',
    text: t`
      Hello,

      This is a notice of scheduled maintenance on the shared server that
      hosts your account (web14.cascadehosting.net).

      When:    Sunday, February 4, 2007, 02:00 - 03:00 PST
      What:    Kernel security upgrade and reboot
      Impact:  Web, FTP and MySQL on web14 will be unavailable for about
               15 minutes during the window. Email is on a separate cluster
               and is not affected.

      No action is needed on your part.

      Status updates: http://status.cascadehosting.net

      -- 
      Cascade Hosting Network Operations`,
  },
  {
    id: 'r7b-023',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Pete Lindahl <pete@lindahl.org>',
    subject: 'Re: pf rule for the office NAT',
    text: t`
      That did it, the VoIP box registers fine now. I owe you a beer at the
      next meeting.

      Pete

      Sam Keller wrote:
      > Your "block in all" is above the pass rule for udp 5060 and you don't
      > have "quick" on it, so the last match wins and... actually no, the
      > problem is the NAT line. Add "static-port" to the nat rule for the
      > phone's address, SIP hates having its source port rewritten.
      >
      > Sam`,
  },
  {
    id: 'r7b-024',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ken Oshiro <kenoshiro@msn.com>',
    to: 'tricountytrail@yahoogroups.com',
    subject: 'found: blue fleece + trekking pole at Lake 22 trailhead',
    headers: {
      'Mailing-List':
        'list tricountytrail@yahoogroups.com; contact tricountytrail-owner@yahoogroups.com',
      'List-Unsubscribe': '<mailto:tricountytrail-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
    text: t`
      Someone left a blue Columbia fleece (men's L) and a single Leki pole
      on the bumper of my car on Sunday. I'll bring them to the next hike,
      or to the potluck on the 30th.

      Ken`,
  },
  {
    id: 'r7b-025',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Brewers Bench list admin <brewbench-owner@brewbench.org>',
    to: 'brewbench@brewbench.org',
    subject: 'ADMIN: list is now members-only posting',
    headers: bulk(
      'Brewers Bench home-brewing list <brewbench.brewbench.org>',
      '<http://www.brewbench.org/mailman/listinfo/brewbench>, <mailto:brewbench-request@brewbench.org?subject=unsubscribe>',
    ),
    text: t`
      Folks,

      As most of you noticed, the "cheap meds" and "mortgage" junk got
      through to the list twice this week. Spammers have figured out that
      our address is in the archives.

      Starting today only subscribed addresses can post. If you read the
      list from one address and post from another (work vs. home), either
      subscribe both or set the second one to "no mail" in your options page.
      Posts from non-members will be held and I'll approve the real ones by
      hand, which may take a day.

      Sorry for the noise. Back to beer.

      Greg Tollefson
      list admin

      _______________________________________________
      brewbench mailing list
      brewbench@brewbench.org
      http://www.brewbench.org/mailman/listinfo/brewbench`,
  },
  {
    id: 'r7b-026',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Mike Santangelo <mike@santangelocomputers.com>',
    to: 'members@bamug.org',
    subject: 'FS: iBook G3 600 and a Zip 100',
    headers: bulk('BAMUG members <members.bamug.org>', '<mailto:members-leave@bamug.org>'),
    text: t`
      Cleaning out the back room:

      - iBook G3 600MHz, 12", 384MB, 20GB, combo drive, OS X 10.3. Battery
        holds about 2 hours. Small crack on the lid corner. $350.
      - Iomega Zip 100 USB with 6 disks. $20.
      - Stack of old MacAddict CDs, free to whoever wants them.

      Pick up at the shop on Elm, or I'll bring it to the meeting.

      Mike`,
  },
  {
    id: 'r7b-027',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'riversidecameraclub@yahoogroups.com',
    to: 'riversidecameraclub@yahoogroups.com',
    subject: '[riversidecameraclub] Digest Number 412',
    headers: {
      'Mailing-List':
        'list riversidecameraclub@yahoogroups.com; contact riversidecameraclub-owner@yahoogroups.com',
      'List-Unsubscribe': '<mailto:riversidecameraclub-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
    text: t`
      There are 3 messages in this issue.

      Topics in this digest:

            1. Re: Tamron 28-75 - anyone?
                 From: Li Wen
            2. Mat cutter for loan
                 From: Carol Byrne
            3. Re: Mat cutter for loan
                 From: Ron Tate


      ________________________________________________________________________
      ________________________________________________________________________

      Message: 1
         Date: Thu, 16 Feb 2006 21:03:17 -0000
         From: "Li Wen" <liwen_photo@yahoo.com>
      Subject: Re: Tamron 28-75 - anyone?

      I had one on my 20D for a year. Sharp at f/4, a bit soft wide open at
      the long end. For $350 it's a bargain compared with the Canon L.

      ________________________________________________________________________

      Message: 2
         Date: Fri, 17 Feb 2006 08:12:40 -0000
         From: "Carol Byrne" <cbyrne@juno.com>
      Subject: Mat cutter for loan

      My Logan mat cutter is free for anyone who needs it before the print
      competition. Just bring it back in one piece!

      ________________________________________________________________________

      Message: 3
         Date: Fri, 17 Feb 2006 09:40:02 -0000
         From: "Ron Tate" <rontate@earthlink.net>
      Subject: Re: Mat cutter for loan

      Thanks Carol, I'll pick it up Saturday if that works.

      ________________________________________________________________________
      ________________________________________________________________________

      Yahoo! Groups Links
      <*> To visit your group on the web, go to:
          http://groups.yahoo.com/group/riversidecameraclub/`,
  },
  {
    id: 'r7b-028',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Alan Prescott <alan@prescott-it.co.uk>',
    to: 'freebsd-stable@freebsd.org',
    subject: 'Re: ZFS on 7.0-RELEASE i386 - panics under load',
    headers: bulk(
      'Production branch of FreeBSD source code <freebsd-stable.freebsd.org>',
      '<http://lists.freebsd.org/mailman/listinfo/freebsd-stable>, <mailto:freebsd-stable-request@freebsd.org?subject=unsubscribe>',
    ),
    text: t`
      On Thu, 13 Mar 2008 11:21:09 -0400, Dmitri Kovac wrote:
      >
      > kmem_map too small panics twice a day on a box with 2GB RAM doing
      > rsync backups onto a 4-disk raidz. Is ZFS usable on i386 at all?

      Usable, with tuning, but it's labelled experimental for a reason. On
      i386 you need to rebuild the kernel with KVA_PAGES=512 and then set in
      /boot/loader.conf something like:

        vm.kmem_size="512M"
        vm.kmem_size_max="512M"
        vfs.zfs.arc_max="160M"

      That stopped the panics on my home server. If that box can run amd64,
      switch, the problem mostly disappears.

      Alan

      _______________________________________________
      freebsd-stable@freebsd.org mailing list
      http://lists.freebsd.org/mailman/listinfo/freebsd-stable
      To unsubscribe, send any mail to "freebsd-stable-unsubscribe@freebsd.org"`,
  },
  {
    id: 'r7b-029',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Chris Aldana <caldana@hotmail.com>',
    to: 'php-general@lists.php.net',
    subject: 'Re: [PHP] Re: session lost after header() redirect',
    headers: {
      'List-Id': '<php-general.lists.php.net>',
      'List-Unsubscribe': '<mailto:php-general-unsubscribe@lists.php.net>',
      Precedence: 'bulk',
    },
    text: t`
      > > After login I do header("Location: members.php") and on
      > > members.php $_SESSION is empty. Works fine in Firefox, fails in IE6.
      >
      > Are you calling session_write_close() before the redirect?
      > And is there an exit; right after header()?

      Tried both, no change. But I just found it: the login page is on
      http://example.com and members.php redirects to http://www.example.com,
      so IE sends a different cookie. Setting session.cookie_domain to
      ".example.com" fixed it. Firefox must have been getting the www
      version from a bookmark.

      Thanks to everyone who replied.

      Chris

      _________________________________________________________________
      Don't just search. Find. Check out the new MSN Search!
      http://search.msn.com/`,
  },
  {
    id: 'r7b-030',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'MySQL Announcements <announce@mysql.com>',
    to: 'announce@lists.mysql.com',
    subject: 'MySQL 5.0.15 is released - first production release of 5.0',
    headers: bulk('<announce.lists.mysql.com>', '<mailto:announce-unsubscribe@lists.mysql.com>'),
    text: t`
      Hi,

      MySQL 5.0.15, a new version of the popular Open Source Database
      Management System, has been released. This is the first production
      release of the 5.0 series.

      New in 5.0 compared with 4.1:
        - Stored procedures and functions
        - Triggers
        - Views
        - Cursors
        - Information schema
        - XA distributed transactions
        - Strict SQL mode

      Upgrading from 4.1 is straightforward for most applications, but read
      the "Upgrading from 4.1 to 5.0" section of the manual, especially the
      notes about DECIMAL precision and JOIN syntax changes.

      Binaries and sources: http://dev.mysql.com/downloads/

      Enjoy!

      The MySQL Build Team`,
  },
  {
    id: 'r7b-031',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Brightline Computers <orders@brightlinecomputers.com>',
    subject: 'Backorder notice - Order #BL-451873',
    text: t`
      Dear Sam Keller,

      One item on your order #BL-451873 is temporarily out of stock:

        ViewSonic VX910 19" LCD monitor     $429.00

      Our supplier expects new stock on or around April 12. The other items
      on your order shipped separately today and you will receive a
      tracking email for them.

      You will not be charged for the backordered item until it ships. If
      you'd rather cancel it, you can do so from the "My Orders" page at any
      time before it ships.

      We apologize for the delay.

      Brightline Computers Customer Service`,
  },
  {
    id: 'r7b-032',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Lenscraft Camera <shipping@lenscraftcamera.com>',
    subject: 'Lenscraft Camera - Shipment Notification 2008-118842',
    text: t`
      LENSCRAFT CAMERA
      New York, NY

      Your order 2008-118842 shipped on 06/03/2008.

      Carrier:   FedEx Ground
      Tracking:  9612019 0088314 2774102

      Items shipped:
        Canon EF 50mm f/1.8 II                 $79.95
        Hoya 52mm HMC UV(c) filter             $18.50
        SanDisk Extreme III 4GB CF             $49.99
        Shipping                                $0.00
        Total                                 $148.44

      Please inspect your package on arrival. Returns are accepted within
      30 days in original packaging.

      Thank you for shopping with Lenscraft.`,
  },
  {
    id: 'r7b-033',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'The CodeHarbor Dispatch <dispatch@codeharbor.net>',
    subject: 'CodeHarbor Dispatch - new releases this week',
    headers: bulk('<dispatch.codeharbor.net>', '<http://codeharbor.net/newsletter/unsubscribe>'),
    text: t`
      ::: CodeHarbor Dispatch ::: week of 2005-10-24 :::

      [ NEW RELEASES ]
      * Gallery Kit 1.4.2 - PHP photo gallery. Fixes an XSS hole in the
        comment form. Upgrade recommended.
      * rsnapshot 1.2.3 - filesystem snapshots with rsync.
      * Mutt 1.5.11 - "All mail clients suck. This one just sucks less."
      * Smarty 2.6.10 - template engine for PHP.

      [ MOST DOWNLOADED ]
      1. FileZilla  2. 7-Zip  3. phpMyAdmin  4. Azureus  5. Gaim

      [ FROM THE FORUMS ]
      "Is Ruby on Rails ready for production?" - 212 replies and counting.

      --
      You're receiving this because you opted in at codeharbor.net.
      Manage your subscription: http://codeharbor.net/newsletter/`,
  },
  {
    id: 'r7b-034',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'freebsd-questions-request@freebsd.org',
    to: 'sam@kellerworks.com',
    subject: 'Welcome to the "freebsd-questions" mailing list',
    text: t`
      Welcome to the freebsd-questions@freebsd.org mailing list!

      To post to this list, send your email to:

        freebsd-questions@freebsd.org

      General information about the mailing list is at:

        http://lists.freebsd.org/mailman/listinfo/freebsd-questions

      If you ever want to unsubscribe or change your options (eg, switch to
      or from digest mode, change your password, etc.), visit your
      subscription page at:

        http://lists.freebsd.org/mailman/options/freebsd-questions/sam%40kellerworks.com

      You can also make such adjustments via email by sending a message to:

        freebsd-questions-request@freebsd.org

      with the word 'help' in the subject or body (don't include the
      quotes), and you will get back a message with instructions.

      You must know your password to change your options (including
      changing the password, itself) or to unsubscribe.`,
  },
  {
    id: 'r7b-035',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'mailman-owner@brewbench.org',
    subject: 'brewbench.org mailing list memberships reminder',
    headers: { 'X-No-Archive': 'yes', Precedence: 'bulk' },
    text: t`
      This is a reminder, sent out once a month, about your brewbench.org
      mailing list memberships. It includes your subscription info and how
      to use it to change it or unsubscribe from a list.

      You can visit the URLs to change your membership status or
      configuration, including unsubscribing, setting digest-style delivery
      or disabling delivery altogether (e.g., for a vacation), and so on.

      In addition to the URL interfaces, you can also use email to make such
      changes. For more info, send a message to the '-request' address of
      the list (for example, brewbench-request@brewbench.org) containing
      just the word 'help' in the message body, and an email message will
      be sent to you with instructions.

      If you have questions, problems, comments, etc, send them to
      mailman-owner@brewbench.org. Thanks!

      Passwords for sam@kellerworks.com:

      List                                     Password // URL
      ----                                     --------
      brewbench@brewbench.org                  hoptoad
      http://www.brewbench.org/mailman/options/brewbench/sam%40kellerworks.com`,
  },
  {
    id: 'r7b-036',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Mail Delivery Subsystem <MAILER-DAEMON@mail.kellerworks.com>',
    subject: 'Returned mail: see transcript for details',
    headers: { 'Auto-Submitted': 'auto-generated' },
    text: t`
      The original message was received at Mon, 28 Apr 2003 16:02:11 -0700
      from adsl-64-160-12-7.dsl.snfc21.pacbell.net [64.160.12.7]

         ----- The following addresses had permanent fatal errors -----
      <jrowley@quakenet-isp.com>
          (reason: 550 5.1.1 <jrowley@quakenet-isp.com>... User unknown)

         ----- Transcript of session follows -----
      ... while talking to mx1.quakenet-isp.com.:
      >>> DATA
      <<< 550 5.1.1 <jrowley@quakenet-isp.com>... User unknown
      550 5.1.1 <jrowley@quakenet-isp.com>... User unknown
      <<< 503 5.0.0 Need RCPT (recipient)

         ----- Original message follows -----

      Subject: Re: logo files
      From: Sam Keller <sam@kellerworks.com>
      To: jrowley@quakenet-isp.com

      Jim, attached are the EPS and the 72dpi GIF versions...`,
  },
  {
    id: 'r7b-037',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dana Quist <dquist@pacbell.net>',
    to: 'brewbench@brewbench.org',
    subject: 'Recipe: Porch Swing Pale (won 2nd at the county fair)',
    headers: bulk(
      'Brewers Bench home-brewing list <brewbench.brewbench.org>',
      '<http://www.brewbench.org/mailman/listinfo/brewbench>, <mailto:brewbench-request@brewbench.org?subject=unsubscribe>',
    ),
    text: t`
      A few of you asked at the meeting, so here it is. 5.5 gallons, 72%
      efficiency.

        9 lb  2-row
        1 lb  Munich
        0.5 lb crystal 40L
        0.25 lb Carapils

      Mash 152F for 60 min.

        1 oz Cascade   60 min
        0.5 oz Cascade 15 min
        1 oz Centennial 5 min
        1 oz Cascade   dry hop 7 days

      Wyeast 1056, ferment 66F. OG 1.052, FG 1.011. The judges dinged me for
      a slight haze, which a dose of Irish moss would have fixed.

      Cheers,
      Dana

      _______________________________________________
      brewbench mailing list
      brewbench@brewbench.org
      http://www.brewbench.org/mailman/listinfo/brewbench`,
  },
  {
    id: 'r7b-038',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Bob Kettering <bkettering@comcast.net>',
    to: 'tricountytrail@yahoogroups.com',
    subject: 'CANCELLED - Sunday Mailbox Peak hike',
    headers: {
      'Mailing-List':
        'list tricountytrail@yahoogroups.com; contact tricountytrail-owner@yahoogroups.com',
      'List-Unsubscribe': '<mailto:tricountytrail-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
    text: t`
      The forecast is now 80% rain with 40mph gusts on the ridge and the
      avalanche center has the area at "considerable". Not worth it. Sunday's
      hike is cancelled.

      We'll try again on the 22nd, same meeting place and time.

      Bob

      __._,_.___
      Yahoo! Groups Links`,
  },
  {
    id: 'r7b-039',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Jim Farrow <jfarrow@mac.com>',
    to: 'members@bamug.org',
    subject: 'Re: URGENT VIRUS WARNING!!! please forward',
    headers: bulk('BAMUG members <members.bamug.org>', '<mailto:members-leave@bamug.org>'),
    text: t`
      > THIS IS THE WORST VIRUS YET!!! If you get an email titled "A Virtual
      > Card for You" DO NOT OPEN IT. It will erase your hard drive. Microsoft
      > and AOL confirmed it yesterday. SEND THIS TO EVERYONE YOU KNOW!!!

      Folks, please stop forwarding this one. It's a hoax that has been
      going around since 2000, it's listed on Snopes and on the Symantec hoax
      page. No email "titled" something can erase your drive just by being
      opened, and Microsoft doesn't announce viruses via chain letters.

      Rule of thumb: if it says "forward to everyone you know", don't.

      Jim
      (BAMUG helpdesk volunteer, Tuesday nights)`,
  },
  {
    id: 'r7b-040',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Tony Russo <tony.russo@optonline.net>',
    to: 'riversidecameraclub@yahoogroups.com',
    subject: '[RCC] first DSLR - Rebel XT or Nikon D50?',
    headers: {
      'Mailing-List':
        'list riversidecameraclub@yahoogroups.com; contact riversidecameraclub-owner@yahoogroups.com',
      'List-Unsubscribe': '<mailto:riversidecameraclub-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
    text: t`
      Finally retiring the Coolpix. Budget is about $800 with a kit lens. I
      shoot mostly the kids' soccer games and some landscapes.

      The Rebel XT has 8MP, the D50 has 6MP but feels better in my hand and
      people say the autofocus is quicker. Does the extra resolution matter
      for prints up to 11x14? What are the rest of you using?

      Tony`,
  },
  {
    id: 'r7b-041',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'ShareReg Order Processing <orders@sharereg.com>',
    subject: 'Your registration code for Transmit 3',
    text: t`
      Thank you for your purchase!

      ShareReg order:   SR-88120377
      Date:             Tue, 6 Dec 2005
      Product:          Transmit 3 (single user license)
      Price:            USD 29.95
      Payment:          Visa ****4417

      REGISTRATION
        Name:   Sam Keller
        Serial: TR3-7YKQ-22MW-N4PD-0H6R

      To register, choose "Register..." from the Transmit menu and enter the
      name and serial exactly as shown above. Keep this email for your
      records; lost serials can be looked up at http://www.sharereg.com/lookup

      This charge will appear on your statement as "SHAREREG*PANIC".`,
  },
  {
    id: 'r7b-042',
    label: 'informational',
    kind: 'calendar',
    lang: 'en',
    from: 'tricountytrail@yahoogroups.com',
    subject: 'Reminder from: tricountytrail Yahoo! Group',
    headers: {
      'Mailing-List':
        'list tricountytrail@yahoogroups.com; contact tricountytrail-owner@yahoogroups.com',
      Precedence: 'bulk',
    },
    text: t`
      Reminder from: tricountytrail Yahoo! Group
      http://groups.yahoo.com/group/tricountytrail/cal

      Summer potluck + slide show

      Saturday July 30, 2005
      6:00 pm - 9:00 pm
      (This event repeats every year.)

      Location: Judy's place, 1120 Cedar Ln

      Notes:
      Bring a dish and a chair. Slides or a CD of your favorite trip
      photos, 10 max. Judy has the projector.

      Copyright 2005 Yahoo! Inc.
      http://docs.yahoo.com/info/terms/`,
  },
  {
    id: 'r7b-043',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Pacific Web Conference <register@pacificwebconf.org>',
    subject: 'Registration confirmed - Pacific Web Conference 2006',
    text: t`
      Dear Sam Keller,

      Your registration for Pacific Web Conference 2006 is confirmed.

        Confirmation #:  PWC06-01947
        Pass:            Full conference (2 days + workshops)
        Early bird rate: $595.00
        Paid:            $595.00 (Amex)

      Dates:   October 19-20, 2006
      Venue:   Convention Center, Hall B

      Your badge will be ready at the registration desk from 7:30am on the
      first day. Bring photo ID. The workshop you selected, "Ajax without
      the hype", starts at 1pm on day 2 in room 204.

      Hotel block rates at the Harborview end on September 25.

      See you there!
      The PWC team`,
  },
  {
    id: 'r7b-044',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Northridge Credit Union <estatements@northridgecu.org>',
    subject: 'Your October statement is available',
    text: t`
      Dear Member,

      Your October 2007 statement for your business checking account ending
      in 3318 is now available in Online Banking.

      To view it, go to our website the way you usually do and log in. For
      your security, this email contains no links, and Northridge Credit
      Union will never ask for your password, PIN or account number by
      email or phone.

      Thank you for banking with us.

      Northridge Credit Union
      Member Services: 1-800-555-0142
      Federally insured by NCUA`,
  },
  {
    id: 'r7b-045',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Paul Ferreira <paul@sfbug.org>',
    to: 'talk@sfbug.org',
    subject: '[sfbug] June meeting: jails and ezjail, Weds 6/11',
    headers: bulk(
      'SF Bay BSD users group <talk.sfbug.org>',
      '<http://www.sfbug.org/mailman/listinfo/talk>, <mailto:talk-request@sfbug.org?subject=unsubscribe>',
    ),
    text: t`
      Next meeting: Wednesday June 11, 2008, 7pm

      Speaker: Kim Tran - "Forty jails on one box: ezjail in production"
      Kim will show how her shop hosts client sites in jails on 7.0, with
      ZFS for the jail roots, and what went wrong along the way.

      Location: same as always, the back room at Blue Line Pizza. Pizza is
      on the group thanks to a donation from iXsystems. RSVP not needed but
      helps us order enough.

      Lightning talks welcome, 5 minutes each, just show up.

      Paul
      _______________________________________________
      talk mailing list
      talk@sfbug.org
      http://www.sfbug.org/mailman/listinfo/talk`,
  },
  {
    id: 'r7b-046',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Larry Gunderson <larryg@gundersonweb.com>',
    to: 'php-general@lists.php.net',
    subject: 'Re: [PHP] OT: what do you charge per hour?',
    headers: {
      'List-Id': '<php-general.lists.php.net>',
      'List-Unsubscribe': '<mailto:php-general-unsubscribe@lists.php.net>',
      Precedence: 'bulk',
    },
    text: t`
      On 3/15/07, Beth Nakamura <bnakamura@gmail.com> wrote:
      > I'm leaving my agency job to freelance and have no idea what to
      > charge. $40? $75? How do you all handle fixed-price quotes?

      Midwest, 9 years of PHP: I charge $85/hr for new clients and keep a
      few old ones at $65. Never go below what you made per hour at the
      agency once you add health insurance and the weeks you don't bill.

      Fixed price: write down exactly what's included, quote your hours
      times 1.5, and put every "can you just add..." on a change order. The
      first time a client wants a "small" shopping cart for free you'll
      understand why.

      Larry

      --
      PHP General Mailing List (http://www.php.net/)
      To unsubscribe, visit: http://www.php.net/unsub.php`,
  },
  {
    id: 'r7b-047',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ana Ruiz <aruiz@ruizimports.com>',
    to: 'mysql@lists.mysql.com',
    subject: 'Re: slow ORDER BY on 2 million rows [SOLVED]',
    headers: bulk(
      '<mysql.lists.mysql.com>',
      '<mailto:mysql-unsubscribe-sam=kellerworks.com@lists.mysql.com>',
    ),
    text: t`
      The composite index did it: 9 seconds down to 0.02. Thanks Tom and
      everyone else who answered.

      Ana

      Tom Brannigan wrote:
      > Put both columns in one index, in that order:
      >   ALTER TABLE orders ADD INDEX cust_created (customer_id, created);

      --
      MySQL General Mailing List
      For list archives: http://lists.mysql.com/mysql`,
  },
  {
    id: 'r7b-048',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'SourceForge.net <noreply@sourceforge.net>',
    subject: '[SF.net Release] gallerykit 1.5.0 released',
    text: t`
      Project "Gallery Kit" ('gallerykit') has released the new version of
      package 'gallerykit'.
      You can download it from SourceForge.net by following this link:
      <https://sourceforge.net/project/showfiles.php?group_id=88174&release_id=512037>
      or browse Release Notes and ChangeLog by visiting this link:
      <https://sourceforge.net/project/shownotes.php?release_id=512037>

      You receive this email because you requested to monitor this package.
      If you don't wish to receive this email further, please visit the page:
      <https://sourceforge.net/project/filemodule_monitor.php?filemodule_id=90221>`,
  },
  {
    id: 'r7b-049',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Greg Halvorsen <greg@halvorsen-net.com>',
    subject: 'FYI - colo power work Saturday night',
    text: t`
      Sam,

      Just so you're not surprised: the colo is doing UPS maintenance
      Saturday night between 11pm and 3am. They say there should be no
      interruption, but our rack is on the B feed that gets switched, so
      your two boxes might blip. I'll be on site the whole time and will
      check them afterwards.

      Nothing you need to do.

      Greg`,
  },
  {
    id: 'r7b-050',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Fernleaf Books <orders@fernleafbooks.com>',
    subject: 'Fernleaf Books order confirmation #FB-203391',
    text: t`
      Hello Sam,

      Thanks for your order! Here's what you bought:

        Designing with Web Standards - Zeldman           $24.99 (used, like new)
        Don't Make Me Think - Krug                       $21.00
        Programming Perl, 3rd ed. - Wall et al.          $18.50 (used, good)

        Subtotal                                         $64.49
        Media Mail                                        $3.99
        Total                                            $68.48

      Order #FB-203391 placed 11/04/2003. Books usually leave our warehouse
      within two business days; Media Mail takes 5-10 days.

      Happy reading,
      Fernleaf Books - new & used since 1971`,
  },
  {
    id: 'r7b-051',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Dan Pruett <dpruett78@hotmail.com>',
    subject: 'LAN party sat??',
    text: t`
      yo sam

      LAN party at my place saturday, starts around 2. UT2004 and some
      Counter-Strike, maybe Warcraft III if Kev brings the extra copies. Can
      you bring your switch? my 8 port one died and we've got like 11 people
      coming. also are you in for pizza, we're doing $10 a head

      dan`,
  },
  {
    id: 'r7b-052',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Margaret Keller <mkeller1948@aol.com>',
    subject: 'camera for the trip',
    text: t`
      Hi honey,

      Dad and I are thinking about getting one of those digital cameras before
      the Alaska cruise in June. The man at Circuit City showed us a Canon
      PowerShot A70 for $299 and a Sony with a bigger screen for $349. Which
      one would you get? Dad wants something that takes the same batteries as
      the flashlight. Also do we need to buy a memory card separately, he
      said something about 32 MB not being enough?

      Call us Sunday if it's easier.

      Love,
      Mom`,
  },
  {
    id: 'r7b-053',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Priya Raman <priya@kellerworks.com>',
    subject: 'Harbor Freight proposal - can you look before Thurs?',
    text: t`
      Sam,

      I've put the draft proposal for Harbor Freight Lines on the file
      server under Clients/HFL/proposal_v3.doc. I went with $14,800 for the
      tracking portal and a separate line item of $2,200 for the CMS
      training, which I think is more honest than hiding it.

      Can you read it before Thursday's call and tell me if the timeline
      (10 weeks) is realistic with the Ostrander job still going?

      Thanks,
      Priya`,
  },
  {
    id: 'r7b-054',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Bill Ostrander <bill@ostrandermarine.com>',
    subject: 'the intro',
    text: t`
      Sam,

      My brother-in-law says people hate the Flash intro on our home page
      and leave before it finishes. I kind of like it but he has a point,
      it's 40 seconds. Can you add a "skip intro" button or maybe make it
      only play the first time someone visits? What would that cost us?

      Bill Ostrander
      Ostrander Marine Supply
      (503) 555-0119`,
  },
  {
    id: 'r7b-055',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Linda Chu <lchu@greenwaylandscaping.com>',
    subject: 'payment for invoice 2004-031',
    text: t`
      Hello Sam,

      Our accountant wants to pay your invoice 2004-031 ($3,450.00) by bank
      transfer this time instead of check, since the checks keep getting
      lost between our two offices. Can you email me your bank name, routing
      number and account number? We'd like to send it before the 30th so it
      goes into this quarter.

      Thank you,
      Linda Chu
      Office Manager, Greenway Landscaping`,
  },
  {
    id: 'r7b-056',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Howard Birnbaum <hbirnbaum@birnbaumlaw.com>',
    subject: 'saw your post on php-general',
    text: t`
      Mr. Keller,

      I'm not a programmer myself but I've been reading the PHP list to try
      to understand a problem with our firm's client intake form, and your
      answer to someone about magic_quotes sounded exactly like our issue
      (names like O'Brien come out as O\\'Brien in the database).

      Would you be willing to take a look at it as a paid job? It's a small
      site, maybe 15 PHP files, written by a student in 2001 who has since
      vanished. What would you charge, and how soon could you start?

      Howard Birnbaum
      Birnbaum & Yates LLP`,
  },
  {
    id: 'r7b-057',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Ken Oshiro <kenoshiro@msn.com>',
    subject: 'carpool sunday',
    text: t`
      Sam - I'm driving to the Lake 22 hike from the Northgate park and
      ride, I have room for 3. You still need a ride? If so I can pick you up
      at 6:45 at the usual spot. Let me know by Friday so I can tell Judy who's
      coming.

      Ken`,
  },
  {
    id: 'r7b-058',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Lars Bjornstad <lars.b@gmail.com>',
    subject: 'your spare carboy',
    text: t`
      Hi Sam,

      Writing off-list. You mentioned at the last meeting you had a 6.5 gal
      glass carboy you never use. Would you sell it? I could do $20, or trade
      you a case of my oatmeal stout when it's ready. I can pick it up any
      evening next week.

      Lars`,
  },
  {
    id: 'r7b-059',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Helen Marsh <helenmarsh47@aol.com>',
    subject: 'club website - would you?',
    text: t`
      Dear Sam,

      At the board meeting we agreed the club website is an embarrassment
      (it still says "Best viewed in Netscape 4" and the gallery page has
      been broken since Walt's nephew left for college). Several people said
      you do this for a living.

      Would you be willing to redo it? We could pay something, the board
      approved up to $500, or waive your dues for a few years. It would need
      a simple gallery for competition winners and the meeting calendar.

      Please let me know either way before the November meeting.

      Helen Marsh
      Secretary, Riverside Camera Club`,
  },
  {
    id: 'r7b-060',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Antonio Benedetti <tony@trattoriabenedetti.com>',
    subject: 'Web site for restaurant',
    text: t`
      Hello,

      I got your name from the Chamber of Commerce directory. We are opening
      a second restaurant in April and we want a proper web site with our
      menu, pictures, directions and maybe reservations online. Right now we
      have only a page on CitySearch.

      How much does something like this cost, and how long does it take? Do
      you also do the domain and the email addresses, or do we need someone
      else for that?

      Thank you,
      Antonio Benedetti
      Trattoria Benedetti
      555-0163`,
  },
  {
    id: 'r7b-061',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Kayla Morgan <kmorgan22@students.pcc.edu>',
    subject: 'Interview for my Web Design class?',
    text: t`
      Hi Mr. Keller,

      I'm a student in the Web Design certificate program at PCC. For our
      final project we have to interview someone who works as a web designer
      professionally. My instructor, Ms. Albright, said you spoke to her class
      last year.

      Would you have 20-30 minutes for a short interview, either by phone or
      by email? I have about 10 questions, mostly about how you started and
      what software you use. It's due December 8th.

      Thank you so much!
      Kayla Morgan`,
  },
  {
    id: 'r7b-062',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Rick Delgado <rdelgado@valleytribune.com>',
    subject: 'Tribune story on local tech firms after the dot-com crash',
    text: t`
      Mr. Keller,

      I'm a business reporter at the Valley Tribune. I'm working on a piece
      about how small local web and software firms have survived the last
      eighteen months after the dot-com bust, and a couple of people
      mentioned Kellerworks as one that stayed small on purpose.

      Could I talk to you for 15 minutes this week? My deadline is Friday at
      noon. My direct line is 555-0177, or reply with a time that works.

      Thanks,
      Rick Delgado
      Business Desk, The Valley Tribune`,
  },
  {
    id: 'r7b-063',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Uncle Frank <frank.keller@netzero.net>',
    subject: 'computer keeps shutting down!!',
    text: t`
      Sam,

      Since yesterday a box pops up saying "This system is shutting down in
      60 seconds" and something about RPC Service terminated unexpectedly,
      and then the computer restarts. It does it every time I go on the
      internet. Aunt Carol thinks it's a virus. I have Windows XP and the
      Norton that came with the computer but I don't think it was ever
      renewed.

      Can you tell me what to do or come by this weekend? I can't even get
      to my email for more than a minute, I'm writing this from the library.

      Frank`,
  },
  {
    id: 'r7b-064',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Becky Sorensen <becky_sorensen@yahoo.com>',
    subject: 'FW: FW: FW: Microsoft and AOL will pay you!!!',
    text: t`
      Sam, you know computers - is this real?? My sister swears she got a
      check from it. I don't want to forward it to everybody if it's fake.

      Becky

      -----Original Message-----
      From: Donna Sorensen
      Sent: Tuesday, March 14, 2000 9:12 AM
      Subject: FW: FW: Microsoft and AOL will pay you!!!

      >>Dear Friends, Please do not take this for a junk letter. Bill Gates
      >>is sharing his fortune. Microsoft and AOL are testing an email
      >>tracking program and for every person you forward this to, Microsoft
      >>will pay you $245.00, for every person that they forward it to you
      >>get $243.00. Within two weeks Microsoft will contact you for your
      >>address and then send you a check. I was skeptical too but my aunt
      >>got $4,324.44!!!!`,
  },
  {
    id: 'r7b-065',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Gloria Patterson <gpatterson@pattersonflorist.com>',
    subject: 'Fwd: DOMAIN NAME EXPIRATION NOTICE',
    text: t`
      Sam, this came in the mail (paper) and also by email. It says our
      domain expires next month and to send $65 to keep it. Is this from
      you? I thought you took care of the domain. I don't want the site to go
      down right before Mother's Day. Should I pay it?

      Gloria

      ---------- Forwarded message ----------
      From: Domain Registry Services <renewals@domain-registry-svcs.com>
      Subject: DOMAIN NAME EXPIRATION NOTICE

      Domain: pattersonflorist.com
      Expiration date: May 2, 2006
      Renewal term: 2 years - $65.00

      Failure to renew your domain name by the expiration date may result in
      a loss of your online identity...`,
  },
  {
    id: 'r7b-066',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Greg Halvorsen <greg@halvorsen-net.com>',
    subject: 'colo move - sit down next week?',
    text: t`
      Sam,

      The new rack at Westin is ready from the 15th. Before we move your two
      servers over we should sit down and plan the DNS changes and the
      downtime window for your clients. Tuesday or Wednesday afternoon next
      week work for me, I can come to your office. Which is better?

      Also need to know if you want me to keep the old IPs routed for a week
      as a fallback (costs $40 extra).

      Greg`,
  },
  {
    id: 'r7b-067',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Nancy Whitlow <nwhitlow@harborfreightlines.com>',
    subject: 'RE: site stats for June',
    text: t`
      Thanks Sam. One more thing my boss asked: the report says 48,000 "hits"
      but only 3,100 "unique visitors". Which number should I put in the
      board presentation? And is 3,100 good for a company our size?

      Nancy

      -----Original Message-----
      From: Sam Keller [mailto:sam@kellerworks.com]
      Sent: Tuesday, July 6, 2004 4:18 PM
      To: Nancy Whitlow
      Subject: RE: site stats for June

      Hi Nancy,

      The June Webalizer report is at the usual address, I also attached a
      PDF. Traffic is up about 20% from May, mostly from the Google ads.

      Sam

      > -----Original Message-----
      > From: Nancy Whitlow
      > Can you send me the numbers for June?`,
  },
  {
    id: 'r7b-068',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'jmcallister <jmac@cox.net>',
    subject: '',
    text: t`
      u around tonite? need to ask u about the DNS thing for my brothers site, mx records or whatever. call me`,
  },
  {
    id: 'r7b-069',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Alicia Fontaine <alicia.fontaine@gmail.com>',
    subject: 'reference?',
    text: t`
      Hi Sam!

      Long time since Pixelstorm days. Hope the studio is going well. I'm
      applying for a senior designer position at Nike (!!) and they want
      three references from people I worked with directly. Would you be okay
      being one of them? They'd probably call sometime in the next two weeks.
      If yes, what number should I give them?

      Thanks a million,
      Alicia`,
  },
  {
    id: 'r7b-070',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Derek Moss <dmoss@greenwaylandscaping.com>',
    subject: 'Taking over from Janet - FTP access',
    text: t`
      Hi Sam,

      I'm the new marketing coordinator at Greenway, I started Monday. Janet
      left me a note that you built our site and that we update the
      "Projects" page ourselves by FTP. Could you send me the FTP login, or
      set up a new one for me? Also, is there anything I should know before I
      start changing things? I've used Dreamweaver before.

      Thanks,
      Derek Moss
      Greenway Landscaping
      ext. 14`,
  },
  {
    id: 'r7b-071',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Dana Whitfield <dana@whitfieldmac.com>',
    subject: 'June meeting speaker?',
    text: t`
      Hi Sam,

      Our June speaker cancelled. You did that great 10-minute bit on
      Dreamweaver vs. hand coding at the holiday party - any chance you'd do
      a full 45 minutes on building a small web site with iWeb and when to
      outgrow it? June 19th, 7pm, usual place. I'd need a title and a
      two-line blurb for the newsletter by May 25.

      Off-list so you can say no without everybody watching :)

      Dana`,
  },
  {
    id: 'r7b-072',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Marjorie Plumb CPA <mplumb@plumbtax.com>',
    subject: '2005 return - missing items',
    text: t`
      Sam,

      I'm finishing your Schedule C and I still need:

        1. The 1099s from Ostrander Marine and Greenway Landscaping
        2. Receipts for the two computers you bought (over $500 each)
        3. Your home office square footage (you said it changed when you
           moved in August)

      If I have these by March 31 I can file on time; otherwise we'll need
      an extension. Can you fax or drop them off this week?

      Marjorie Plumb, CPA
      Fax 555-0190`,
  },
  {
    id: 'r7b-073',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Emily Keller <emily.k@earthlink.net>',
    subject: 'wedding website!',
    text: t`
      Big brother,

      Josh and I want a little website for the wedding with directions, the
      hotel info and the registry links, and maybe a page where people can
      RSVP so Mom stops keeping track on index cards. Could you make one?
      Nothing fancy. I'll pay you in cake :)

      Also do you think we should use our names as the address, like
      emilyandjosh.com, or is that cheesy?

      Em`,
  },
  {
    id: 'r7b-074',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Walter Greaves <wgreaves@greavesinsurance.com>',
    subject: 'Y2K and our web site',
    text: t`
      Sam,

      Our E&O carrier is asking every agency for written confirmation that
      our systems are "Y2K compliant". Does that include the web site you
      built for us? The quote form stores dates, I think. Is there anything
      that will break on January 1, and if so what will it cost to fix?

      I need to send the form back to them by November 15.

      Walter Greaves
      Greaves Insurance Agency`,
  },
  {
    id: 'r7b-075',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Dmitri Kovac <dkovac@kovacsystems.com>',
    subject: 'your pf.conf from sfbug talk',
    text: t`
      Hi Sam,

      I was at the sfbug meeting last week where you showed your office
      firewall setup with the queueing for VoIP. You said you'd share the
      pf.conf afterwards but I don't think it made it to the list. Could you
      send it to me directly? Feel free to blank out the IPs. I'm setting up
      the same thing for a dental office with two Linksys phones.

      Thanks,
      Dmitri`,
  },
  {
    id: 'r7b-076',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Financial Freedom <ff2000@excite.com>',
    subject: 'Make $50,000 in 90 days - LEGALLY!!!',
    text: t`
      Dear Friend,

      You can earn $50,000 or more in the next 90 days sending e-mail. Seem
      impossible? Is there a catch? NO, there is no catch; just send your
      e-mails and be on your way to financial freedom.

      This program is 100% LEGAL. It was featured on "60 Minutes" and in the
      Wall Street Journal. All you need is $25 and an e-mail address!

      STEP 1: Order all 5 reports listed below for $5 each (cash only,
      wrapped in paper).
      STEP 2: Remove the name in position #5 and move the others down.
      STEP 3: Put YOUR name in position #1 and send this letter to at least
      200 people.

      REPORT #1 "The Insider's Guide to Advertising for Free on the Net"
         ORDER FROM: J.L. Harmon, PO Box 4411, Tulsa OK 74101
      REPORT #2 "The Insider's Guide to Sending Bulk E-mail on the Net"
         ORDER FROM: M. Dewitt, 88 Pine St, Orlando FL 32801
      ...

      Don't you want to be next?

      This message is sent in compliance of the new e-mail bill: Section
      301, Paragraph (a)(2)(C) of S. 1618. To be removed from our mailing
      list, reply with REMOVE in the subject line.`,
  },
  {
    id: 'r7b-077',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Barrister James Okonkwo <jokonkwo_chambers@yahoo.co.uk>',
    replyTo: 'jokonkwo.chambers@mail2lawyer.com',
    subject: 'URGENT AND CONFIDENTIAL',
    text: t`
      FROM: BARRISTER JAMES OKONKWO (ESQ)
      OKONKWO & ASSOCIATES CHAMBERS, LAGOS

      DEAR FRIEND,

      I AM BARRISTER JAMES OKONKWO, PERSONAL ATTORNEY TO LATE MR. ANDREW
      KELLER, A FOREIGN CONTRACTOR WITH THE NIGERIAN NATIONAL PETROLEUM
      CORPORATION, WHO DIED WITH HIS WIFE AND ONLY DAUGHTER IN A CAR ACCIDENT
      ON THE LAGOS-IBADAN EXPRESSWAY IN 2002.

      MY CLIENT LEFT THE SUM OF US$14.5 MILLION (FOURTEEN MILLION FIVE HUNDRED
      THOUSAND UNITED STATES DOLLARS) IN A SECURITY COMPANY HERE. SINCE YOU
      BEAR THE SAME SURNAME I AM CONTACTING YOU TO STAND AS NEXT OF KIN SO
      THAT THE FUNDS CAN BE RELEASED TO YOU. WE SHALL SHARE 60% FOR ME, 35%
      FOR YOU AND 5% FOR EXPENSES.

      THIS TRANSACTION IS 100% RISK FREE. PLEASE REPLY URGENTLY WITH YOUR
      FULL NAME, PRIVATE TELEPHONE AND FAX NUMBER FOR MORE DETAILS.

      REGARDS,
      BARRISTER JAMES OKONKWO`,
  },
  {
    id: 'r7b-078',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Online Pharmacy <k8wz3@hotrx-direct.biz>',
    subject: 'V1AGRA - 80% OFF - no prescription needed',
    html: t`
      <html><body bgcolor="#ffffff">
      <center>
      <font face="Arial" size="5" color="#cc0000"><b>Why pay more?</b></font><br>
      <font face="Arial" size="3">V I A G R A &nbsp; from only <b>$1.99</b> per dose<br>
      C I A L I S &nbsp; from only <b>$2.49</b> per dose</font><br><br>
      <font face="Arial" size="2">* No doctor visit * No embarrassment * Discreet packaging *<br>
      * Shipped worldwide in 5 days *</font><br><br>
      <a href="http://hotrx-direct.biz/?id=kw771"><font size="4"><b>CLICK HERE TO ORDER</b></font></a>
      <br><br><br>
      <font size="1" color="#999999">molecule carburetor lavender thimble oppose quiet
      harbor sentence</font><br>
      <font size="1" color="#999999">No more: http://hotrx-direct.biz/out.php</font>
      </center>
      </body></html>`,
  },
  {
    id: 'r7b-079',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Mortgage Center <rates@lowrate-quotes.net>',
    subject: 'Sam, your refinance approval - 3.95% fixed',
    headers: { 'List-Unsubscribe': '<http://lowrate-quotes.net/remove.asp>', Precedence: 'bulk' },
    html: t`
      <html><body>
      <table width="500" border="1" cellpadding="10" bordercolor="#003366"><tr><td>
      <p><font face="Verdana" size="4" color="#003366"><b>Rates have NEVER been lower!</b></font></p>
      <p><font face="Verdana" size="2">Dear Homeowner,<br><br>
      You have been pre-approved for a <b>$400,000</b> home loan at a low fixed rate
      of <b>3.95%</b>. Even with bad credit! We have lenders competing for your business.</font></p>
      <p><font face="Verdana" size="2">Why not lower your payment by hundreds every month?
      It takes 1 minute and there is no obligation.</font></p>
      <p align="center"><a href="http://lowrate-quotes.net/apply.asp?src=k117">
      <font face="Verdana" size="3"><b>Get my FREE quote now &gt;&gt;</b></font></a></p>
      </td></tr></table>
      <p><font size="1">We are not a lender. If you no longer wish to receive our offers,
      <a href="http://lowrate-quotes.net/remove.asp">click here</a>.</font></p>
      </body></html>`,
  },
  {
    id: 'r7b-080',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Top Placement Submit <info@topplacement-submit.com>',
    subject: 'kellerworks.com - is your website getting the traffic it deserves?',
    text: t`
      Hello Webmaster,

      I visited kellerworks.com today and noticed it is NOT listed in many
      of the major search engines. Did you know 85% of Internet users find
      websites through search engines? If you are not listed, you are
      invisible!

      For a ONE TIME fee of only $29.95 we will submit your site to over
      500 search engines and directories, including AltaVista, Lycos,
      Excite, HotBot, Infoseek and Yahoo!, and guarantee TOP 10 placement.

      Shall I send you a free ranking report for kellerworks.com? Just
      reply "YES" and I will send it within 24 hours.

      Best regards,
      Jeff Sullivan
      Top Placement Submit

      You received this message because your site is listed on the web. To
      be removed from future mailings reply with "remove" in the subject.`,
  },
  {
    id: 'r7b-081',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Stock Alert <alert@microcap-watchers.info>',
    subject: 'HUGE NEWS - CWTR set to explode',
    text: t`
      ** HOT STOCK ALERT **

      Company: China World Trade Resources Inc.
      Symbol: CWTR
      Current price: $0.14
      5 day target: $0.85

      CWTR has just signed a $48 million contract to supply steel to the
      2008 Olympic construction projects. Insiders are buying! Big news is
      expected Monday morning and this one could go 500% before lunch.

      Watch CWTR trade on Monday, get in early!

      Information within this email contains forward looking statements.
      We were compensated 3,000,000 free trading shares by a third party for
      this publication. Investing in penny stocks is highly speculative.`,
  },
  {
    id: 'r7b-082',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Cable Freedom <freecable44@juno.com>',
    subject: 'Get ALL premium channels FREE - legal!',
    headers: { Precedence: 'bulk' },
    text: t`
      TIRED OF PAYING $80 A MONTH FOR CABLE??

      Our new 2001 model universal cable descrambler lets you watch all the
      premium movie channels, pay-per-view boxing and adult channels with no
      monthly bill. Works with all major cable companies. Installs in 5
      minutes.

      Only $89.95 + $9 S&H. 30 day money back guarantee.

      Call 1-888-555-0102 (24 hrs) or send check/money order to:
      Cable Freedom, 1450 Ocean Blvd #114, Miami FL 33139

      Sold for educational and testing purposes only.

      *******************************************************
      This is a one time mailing. To be removed from our list reply with
      REMOVE in the subject and you will never hear from us again.
      *******************************************************`,
  },
  {
    id: 'r7b-083',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Mass Mailer Pro <sales@massmailer-pro.com>',
    subject: '30 MILLION fresh email addresses on CD - only $99',
    text: t`
      Do you want to reach 30 million potential customers for less than the
      cost of a newspaper ad?

      Our 2004 CD contains 30,000,000 verified, opt-in, de-duplicated email
      addresses, sorted by country and category (business owners, doctors,
      real estate, golfers and more). We include our Stealth Mailer software
      FREE, which sends 100,000 emails per hour from your own PC without an
      SMTP server!

      Regular price $399. This week only: $99.

      Are you the person in charge of marketing at your company? Reply and
      we'll send you a sample list of 10,000 addresses in your industry.

      To stop receiving these messages reply with "remove".`,
  },
  {
    id: 'r7b-084',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'eBay Safeharbor <safeharbor@ebay.com>',
    replyTo: 'support@ebay-safeharbor-dept.com',
    subject: 'eBay Account Suspension Notice - action required',
    html: t`
      <html><body>
      <img src="http://61.145.22.9/ebay/logo.gif" alt="eBay"><br>
      <p><font face="Arial" size="2">Dear eBay Member,</font></p>
      <p><font face="Arial" size="2">We regret to inform you that your eBay account has been
      suspended due to concerns we have for the safety and integrity of the eBay community.</font></p>
      <p><font face="Arial" size="2">Per the User Agreement, Section 9, we may immediately issue a
      warning, temporarily suspend, indefinitely suspend or terminate your membership if we are
      unable to verify any information you provide to us.</font></p>
      <p><font face="Arial" size="2">Please <a href="http://61.145.22.9/ebay/signin/index.htm">
      click here</a> and re-enter your account information, including your credit card details,
      to restore your account. If we do not receive the appropriate verification within 48 hours,
      your account will be permanently terminated.</font></p>
      <p><font face="Arial" size="2">Regards,<br>Safeharbor Department<br>eBay Inc.</font></p>
      </body></html>`,
  },
  {
    id: 'r7b-085',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'PayPal <service@paypal-security-center.com>',
    subject: 'Please confirm your PayPal details',
    text: t`
      Dear PayPal valued member,

      During our regular verification of accounts we could not verify your
      current information. Either your information has changed or it is
      incomplete.

      As a result, your access to buy and sell has been limited. Please
      confirm your details within 72 hours to avoid permanent closure:

      https://www.paypal.com.cgi-bin-webscr.security-update.ru/confirm/

      You will be asked for your name, address, credit card number, expiry
      date, CVV2 and ATM PIN for verification.

      Thank you for using PayPal!
      The PayPal Team

      Please do not reply to this e-mail. Mail sent to this address cannot
      be answered.`,
  },
  {
    id: 'r7b-086',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Euro Millions Award Centre <claims@euromillions-award.nl>',
    replyTo: 'drvandijk.claims@hotmail.com',
    subject: 'CONGRATULATIONS!!! Your email won 1,500,000 EUROS',
    text: t`
      EURO MILLIONS INTERNATIONAL PROMOTIONS
      Ref No: EMI/7714/08  Batch No: 22/0881/IPD

      We are pleased to inform you that your email address attached to
      ticket number 566-77401-8812 drew the lucky numbers 7-12-19-33-41 and
      won the sum of 1,500,000.00 Euros in our international email lottery
      held on 18th February 2006. Email addresses were selected from over
      20,000 companies and 30,000,000 individual addresses worldwide.

      To begin processing your claim, contact your claims agent:
        Dr. Hendrik van Dijk
        Email: drvandijk.claims@hotmail.com
        Tel: +31 617 448 902

      Please supply: full names, address, age, occupation, phone number and
      the reference numbers above. Keep your winning information
      confidential until your claim is processed, to avoid double claiming.

      Congratulations once again!
      Mrs. Sandra Willems, Lottery Coordinator`,
  },
  {
    id: 'r7b-087',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Luxury Replicas <dorothy.vance@replicatimes-shop.com>',
    subject: 'Rolex for only $199 - nobody will know',
    html: t`
      <html><body>
      <div align="center">
      <font face="Georgia" size="5"><i>Swiss Replica Watches</i></font><br>
      <font face="Georgia" size="3">Rolex * Omega * Breitling * Cartier * TAG Heuer</font><br><br>
      <table><tr>
      <td align="center"><img src="http://replicatimes-shop.com/img/sub.jpg" width="120"><br>Submariner<br><b>$199</b></td>
      <td align="center"><img src="http://replicatimes-shop.com/img/dayjust.jpg" width="120"><br>Datejust<br><b>$219</b></td>
      <td align="center"><img src="http://replicatimes-shop.com/img/sea.jpg" width="120"><br>Seamaster<br><b>$189</b></td>
      </tr></table>
      <p>Same weight, same look, same serial numbers. Even jewelers can't tell!</p>
      <p><a href="http://replicatimes-shop.com/">Visit our store now</a></p>
      </div>
      </body></html>`,
  },
  {
    id: 'r7b-088',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'University Diplomas <wxcerah@grad-programs.org>',
    subject: 'UNIVERSITY DIPLOMAS',
    text: t`
      UNIVERSITY DIPLOMAS

      Obtain a prosperous future, money earning power,
      and the admiration of all.

      Diplomas from prestigious non-accredited
      universities based on your present knowledge
      and life experience.

      No required tests, classes, books, or interviews.

      Bachelors, masters, MBA, and doctorate (PhD)
      diplomas available in the field of your choice.

      No one is turned down.

      Confidentiality assured.

      CALL NOW to receive your diploma
      within days!!!

      1-212-555-0148

      Call 24 hours a day, 7 days a week, including
      Sundays and holidays.`,
  },
  {
    id: 'r7b-089',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Webmaster Resource Alert <alerts@webmaster-resource-alert.com>',
    subject: '[WRA] Become a hosting reseller - $9.95/mo, keep 100% of profits',
    headers: bulk(
      'Webmaster Resource Alert <wra.webmaster-resource-alert.com>',
      '<mailto:remove@webmaster-resource-alert.com>',
    ),
    html: t`
      <html><body>
      <p><font face="Tahoma" size="2">Webmaster Resource Alert - Issue #311</font></p>
      <h2><font face="Tahoma" color="#006600">Start your OWN hosting company today!</font></h2>
      <p><font face="Tahoma" size="2">Why send your clients to someone else's hosting when you could
      be billing them $20/month yourself? Our private-label reseller plan gives you:</font></p>
      <ul>
      <li>10 GB space, 100 GB transfer, unlimited domains</li>
      <li>cPanel and WHM, your logo, your prices</li>
      <li>Fantastico one-click installs</li>
      </ul>
      <p><font face="Tahoma" size="2"><b>Only $9.95/month</b> - first month FREE.</font></p>
      <p><font face="Tahoma" size="2">Are you a web designer with more than 5 clients? Then you're
      leaving money on the table. <a href="http://webmaster-resource-alert.com/go/reseller">Sign up here</a>.</font></p>
      <hr>
      <p><font size="1">You are receiving this because you are a subscriber to WRA or one of our
      partner lists. To unsubscribe send a blank email to remove@webmaster-resource-alert.com</font></p>
      </body></html>`,
  },
  {
    id: 'r7b-090',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Toner Direct Supply <accounts@tonerdirectsupply.net>',
    subject: 'Are you the person who orders printer supplies?',
    text: t`
      Hi,

      Are you the person at Kellerworks who orders toner and ink? If not,
      could you forward this to the right person?

      We are a national distributor of compatible and remanufactured
      cartridges for HP, Canon, Epson, Brother and Lexmark, at up to 70% off
      OEM prices, with free next-day shipping on orders over $50. Every
      cartridge carries a lifetime guarantee.

      Example: HP 51645A black - OEM $32.99, ours $9.95.

      Can I send you our 2007 price list? Just reply with your printer
      models and I'll put together a quote.

      Thanks,
      Rachel Stone
      Toner Direct Supply

      If you do not wish to hear from us again, reply with "no thanks".`,
  },
  {
    id: 'r7b-091',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Soft Outlet <gerry.mcbride@oemsoft-outlet.com>',
    subject: 'Photoshop CS2 $69.95, Office 2003 Pro $59.95',
    html: t`
      <html><body bgcolor="#eeeeee">
      <table width="550" bgcolor="#ffffff" align="center" cellpadding="8"><tr><td>
      <font face="Arial" size="4" color="#ff6600"><b>OEM Software - download today!</b></font><br><br>
      <table width="100%" border="0" cellpadding="4">
      <tr><td>Adobe Photoshop CS2</td><td><s>$599.00</s></td><td><b>$69.95</b></td></tr>
      <tr><td>Microsoft Office 2003 Professional</td><td><s>$499.00</s></td><td><b>$59.95</b></td></tr>
      <tr><td>Macromedia Studio 8</td><td><s>$999.00</s></td><td><b>$99.95</b></td></tr>
      <tr><td>Windows XP Professional SP2</td><td><s>$299.00</s></td><td><b>$49.95</b></td></tr>
      <tr><td>Adobe Acrobat 7.0 Pro</td><td><s>$449.00</s></td><td><b>$59.95</b></td></tr>
      </table>
      <br><center><a href="http://oemsoft-outlet.com/?ref=9921"><b>Enter our store</b></a></center>
      <br><font size="1" color="#888888">Instant download. Full versions, original CDs on request.
      Saint Petersburg, Russia.</font>
      </td></tr></table>
      </body></html>`,
  },
  {
    id: 'r7b-092',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Melissa Grant <melissa.linkpartners@gmail.com>',
    subject: 'Link exchange with kellerworks.com?',
    text: t`
      Hello,

      I came across your website kellerworks.com while searching for web
      design resources and really liked it. I am the webmaster of several
      high-quality sites related to yours (web hosting, online casinos,
      mortgage and home improvement) with Google PageRank 4-6.

      Would you be interested in exchanging links? I have already added your
      link on this page:

      http://www.best-hosting-directory-4u.com/resources/page17.html

      Please add ours to your site using this title and description:

      Title: Cheap Web Hosting Reviews
      URL: http://www.best-hosting-directory-4u.com
      Description: Compare the best cheap web hosting plans of 2007.

      Please reply once you have added the link. Looking forward to your
      answer!

      Regards,
      Melissa`,
  },
  {
    id: 'r7b-093',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Rahul Verma <rahul.v@softstar-infotech.co.in>',
    subject: 'Offshore PHP / .NET development partner - $12/hour',
    text: t`
      Dear Sir/Madam,

      Greetings from SoftStar Infotech!

      We are a CMMi Level 3, ISO 9001:2000 certified offshore software
      development company based in Ahmedabad, India with 150+ dedicated
      developers working in PHP, ASP.NET, Flash, AJAX and Web 2.0.

      We work as the white-label back office for web design studios in the
      US and UK. You win the project, we do the coding at just $12/hour,
      you keep the margin. NDA and 100% source code ownership guaranteed.

      May I send you our portfolio and a few case studies? Or would you be
      available for a 10 minute Skype call this week?

      Warm Regards,
      Rahul Verma
      Business Development Manager
      SoftStar Infotech Pvt. Ltd.
      Skype: rahul.softstar`,
  },
  {
    id: 'r7b-094',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: "Continental Who's Who Registry <editor@continental-whoswho.org>",
    subject: 'Sam Keller - nomination for the 2008 edition',
    text: t`
      Dear Sam Keller,

      Congratulations! You have been nominated for inclusion in the 2008
      edition of Continental Who's Who Among Business Professionals, in
      recognition of your achievements in web design and technology.

      Only a select number of professionals are invited each year. Inclusion
      is FREE. Members may also order the hardbound commemorative edition
      and a personalized walnut plaque (optional, $289).

      To ensure your biography is printed correctly, please confirm your
      details by replying with your title, company, years in business and a
      direct phone number where our editor can reach you for a brief
      interview.

      The deadline for the 2008 edition is March 14.

      Sincerely,
      Patricia Lyons
      Nominations Editor`,
  },
  {
    id: 'r7b-095',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Home Income Network <income4u@netscape.net>',
    subject: 'Earn $3,000/week stuffing envelopes from home',
    text: t`
      Hello,

      Are you tired of the rat race? Would you like to work from home in
      your pajamas and earn up to $3,000 per week?

      Companies need home workers to stuff and mail envelopes. You get paid
      $2 for every envelope you mail! No experience needed, no selling, no
      phone calls. Moms, students and retirees welcome.

      Send $35 for your starter kit (fully refundable!) to:

        Home Income Network
        PO Box 2281
        Las Vegas, NV 89126

      Don't delay, positions in your area are filling fast!

      ---
      To be taken off this list, hit reply and type REMOVE.`,
  },
  {
    id: 'r7b-096',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Herbal Health <tkwnh@natural-vigor-now.com>',
    subject: 're: your order',
    html: t`
      <html><body>
      <p><font face="Verdana" size="3">Hi,</font></p>
      <p><font face="Verdana" size="3">She will notice the difference in just 2 weeks.</font></p>
      <p><font face="Verdana" size="3"><b>100% natural herbal formula</b>, clinically proven,
      doctor recommended. No pills with side effects, no surgery.<br>
      Over 600,000 satisfied men worldwide.</font></p>
      <p><font face="Verdana" size="3">Buy 3 months, get 3 months FREE!</font></p>
      <p><a href="http://natural-vigor-now.com/p/?a=sk"><font face="Verdana" size="3">See the results here</font></a></p>
      <p><font face="Verdana" size="1" color="#aaaaaa">unsubscribe: http://natural-vigor-now.com/un/</font></p>
      </body></html>`,
  },
  {
    id: 'r7b-097',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Washington Mutual <onlinebanking@wamu.com>',
    subject: 'Important notice: unusual login activity on your account',
    html: t`
      <html><body style="font-family:Arial; font-size:12px">
      <table width="600"><tr><td bgcolor="#004b87"><font color="#ffffff" size="4"><b>Washington Mutual</b></font></td></tr>
      <tr><td>
      <p>Dear Washington Mutual customer,</p>
      <p>We recently noticed one or more attempts to log in to your Washington Mutual online
      banking account from a foreign IP address (194.67.22.108, Russia).</p>
      <p>If you recently accessed your account while traveling, the unusual log in attempts may
      have been initiated by you. However, if you did not initiate the log ins, please visit
      us as soon as possible to verify your identity:</p>
      <p><a href="http://wamu-verify.online-secure-id.com/login.asp">https://online.wamu.com/verify</a></p>
      <p>Verification is required to continue using your account. Failure to verify within 24
      hours will result in account suspension.</p>
      <p>Sincerely,<br>Online Banking Security Team</p>
      </td></tr></table>
      </body></html>`,
  },
  {
    id: 'r7b-098',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mrs. Helen Kabore <helenkabore100@myway.com>',
    subject: 'From Mrs Helen Kabore',
    text: t`
      Dearest One,

      Greetings in the name of our Lord Jesus Christ. I am Mrs Helen Kabore,
      the wife of late Dr. Michael Kabore who was a gold merchant in
      Ouagadougou, Burkina Faso. My husband died in 2004 after a brief
      illness and I am now suffering from cancer of the esophagus. My doctor
      told me I will not last more than 3 months.

      My husband deposited the sum of $4,200,000 (Four Million Two Hundred
      Thousand Dollars) with a bank here. I have decided to donate this money
      to a God fearing person who will use it for charity and orphans. I
      found your email address through prayer.

      Can you help me? Reply to me with your full name, your age, your
      country and your private phone number and I will give you the contact
      of the bank. Please do not reply if you are not sincere.

      Remain blessed,
      Mrs Helen Kabore`,
  },
  {
    id: 'r7b-099',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Domain Registry Services <renewals@domain-registry-svcs.com>',
    subject: 'DOMAIN NAME EXPIRATION NOTICE - kellerworks.com',
    text: t`
      DOMAIN NAME EXPIRATION NOTICE

      Domain Name:        KELLERWORKS.COM
      Expiration Date:    October 2, 2005
      Account Number:     DRS-4410887

      As a courtesy to domain name holders, we are sending you this
      notification for your business domain name registration. This letter
      is to notify you that it is time to send in your registration and save.

      Failure to renew your domain name by the expiration date may result in
      a loss of your online identity, making it difficult for your customers
      and friends to locate you on the web.

      Transfer your domain to Domain Registry Services today:

        [ ] 1 year   $35.00
        [ ] 2 years  $65.00
        [ ] 5 years  $150.00

      Renew online at http://www.domain-registry-svcs.com/renew or mail
      payment to the address on the enclosed slip.

      This is not a bill. This is a solicitation. You are under no obligation
      to pay the amount stated unless you accept this offer.`,
  },
  {
    id: 'r7b-100',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'greetings@postcards-world.com',
    subject: "You've received a greeting ecard from a Friend!",
    html: t`
      <html><body>
      <p><font face="Comic Sans MS" size="3">Good day.</font></p>
      <p><font face="Comic Sans MS" size="3">You've received an ecard from a <b>Friend</b>!</font></p>
      <p><font face="Comic Sans MS" size="3">To see your ecard, click on the following link
      (or copy and paste it into your browser):</font></p>
      <p><a href="http://87.118.102.41/ecard.exe">http://www.postcards-world.com/view/?card=8813471</a></p>
      <p><font face="Comic Sans MS" size="2">Your ecard will be available for the next 30 days.
      We hope you enjoy your ecard.</font></p>
      <p><font face="Comic Sans MS" size="2">Thank you for using our service!<br>postcards-world.com</font></p>
      </body></html>`,
  },
];
