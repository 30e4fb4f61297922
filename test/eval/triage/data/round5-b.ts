import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Held-out round 5, batch B: mail in the style of roughly 2000-2008. Informational mail is
 * mostly mailing-list traffic from technical and hobby lists (a Linux user group, open-source
 * developer lists, Perl and Python user groups, a spam-filter users list, a cycling club), often
 * with quoted text, signatures and list footers, including list posts that ask the list a
 * question; plus tech newsletters and digests, order and shipping mail, cron and monitoring
 * output, auto-replies and FYIs. Spam is bulk mail of that era (refinance, pharmacy, replica
 * watches, stock tips, lottery and 419 letters, "reply REMOVE" offers, some HTML-only, some with
 * fake list headers). Needs-reply mail is personal mail of the era, including list members who
 * write to Sam off-list to ask him something directly.
 */
export const ROUND_5B: EvalEmail[] = [
  // ---------------------------------------------------------------- informational: lists
  {
    id: 'r5b-001',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dennis Hartley <dhartley@earthlink.net>',
    to: 'members@lists.brislug.org.uk',
    subject: '[BrisLUG] March meeting: Thursday 11th, The Hope & Anchor',
    text: t`
      Hi all,

      This month's meeting is on Thursday 11th March, upstairs at the Hope & Anchor
      from 7:30pm. Martin has kindly agreed to do a short talk on getting a
      Linksys WRT54G running OpenWRT, so bring your routers if you want to have a
      go (and a spare one if you're nervous about bricking it).

      After that it's the usual: beer, install problems, and arguing about
      Gnome vs KDE.

      If anyone has a projector we can borrow, please shout. The one from the
      library is booked.

      Cheers,
      Dennis

      --
      Dennis Hartley  <dhartley@earthlink.net>
      "There's no place like 127.0.0.1"

      _______________________________________________
      BrisLUG mailing list
      members@lists.brislug.org.uk
      http://lists.brislug.org.uk/mailman/listinfo/members`,
    headers: bulk(
      '<members.lists.brislug.org.uk>',
      '<http://lists.brislug.org.uk/mailman/listinfo/members>, <mailto:members-request@lists.brislug.org.uk?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-002',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Phil Crossley <phil.crossley@blueyonder.co.uk>',
    to: 'members@lists.brislug.org.uk',
    subject: "[BrisLUG] X won't start after woody -> sarge upgrade",
    text: t`
      Evening all,

      Took the plunge and did an apt-get dist-upgrade from woody to sarge on the
      old Dell box. Everything went through fine apart from a couple of debconf
      questions, but now X refuses to start. startx just gives:

        (EE) No devices detected.
        Fatal server error:
        no screens found

      It's an ATI Rage 128 card which worked fine under XFree86 4.1. I've tried
      dpkg-reconfigure xserver-xfree86 and picked the "ati" driver but no joy.
      The BusID line is commented out in XF86Config-4, does it need to be set
      now?

      Any pointers gratefully received before I give up and put woody back on.

      Phil

      _______________________________________________
      BrisLUG mailing list
      members@lists.brislug.org.uk
      http://lists.brislug.org.uk/mailman/listinfo/members`,
    headers: bulk(
      '<members.lists.brislug.org.uk>',
      '<http://lists.brislug.org.uk/mailman/listinfo/members>, <mailto:members-request@lists.brislug.org.uk?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-003',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Martin Cole <martin@colenet.org.uk>',
    to: 'members@lists.brislug.org.uk',
    subject: "Re: [BrisLUG] X won't start after woody -> sarge upgrade",
    text: t`
      On Tue, 8 Mar 2005 21:14:02 +0000, Phil Crossley wrote:
      > The BusID line is commented out in XF86Config-4, does it need to be set
      > now?

      Yes, I had exactly this on a Rage 128 last year. Run

        lspci | grep VGA

      and you'll get something like 01:00.0. Put

        BusID "PCI:1:0:0"

      in the Device section (note the colons, not dots, and it's decimal). Then
      restart X. The autodetection in the newer XFree86 gets confused when there's
      also onboard video enabled in the BIOS, so you might want to switch that off
      while you're at it.

      Martin

      --
      Martin Cole
      http://www.colenet.org.uk/

      _______________________________________________
      BrisLUG mailing list
      members@lists.brislug.org.uk
      http://lists.brislug.org.uk/mailman/listinfo/members`,
    headers: bulk(
      '<members.lists.brislug.org.uk>',
      '<http://lists.brislug.org.uk/mailman/listinfo/members>, <mailto:members-request@lists.brislug.org.uk?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-004',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Phil Crossley <phil.crossley@blueyonder.co.uk>',
    to: 'members@lists.brislug.org.uk',
    subject: "Re: [BrisLUG] X won't start after woody -> sarge upgrade [SOLVED]",
    text: t`
      Martin Cole wrote:
      > Put
      >
      >   BusID "PCI:1:0:0"
      >
      > in the Device section

      That did it, many thanks. Turned off the onboard Intel video too. Back in
      Window Maker and all is well with the world.

      Pint's on me on Thursday.

      Phil`,
    headers: bulk(
      '<members.lists.brislug.org.uk>',
      '<http://lists.brislug.org.uk/mailman/listinfo/members>, <mailto:members-request@lists.brislug.org.uk?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-005',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Gareth Lloyd <gaz@fuzzball.demon.co.uk>',
    to: 'bristol-pm@pm.org',
    subject: '[Bristol.pm] Social meeting, Wed 19th',
    text: t`
      Bristol.pm social this month is Wednesday the 19th, from 7pm at the
      Commercial Rooms on Corn Street. Look for the camel on the table.

      No formal talk, but Nick says he'll bring his laptop and show off the
      Template Toolkit stuff he's been doing at work for anyone interested.

      Next technical meeting is pencilled in for May. Volunteers for talks
      (lightning or otherwise) very welcome.

      Gaz
      --
      perl -e 'print "Just another Perl hacker,"'

      _______________________________________________
      Bristol-pm mailing list
      Bristol-pm@pm.org
      http://mail.pm.org/mailman/listinfo/bristol-pm`,
    headers: bulk(
      'Bristol Perl Mongers <bristol-pm.pm.org>',
      '<http://mail.pm.org/mailman/listinfo/bristol-pm>, <mailto:bristol-pm-request@pm.org?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-006',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Nick Ashworth <nick.ashworth@tiscali.co.uk>',
    to: 'bristol-pm@pm.org',
    subject: '[Bristol.pm] DBI placeholders and Oracle dates',
    text: t`
      Hi mongers,

      Bit of a dull one, sorry. I've got a DBD::Oracle statement like

        my $sth = $dbh->prepare(
            "SELECT id, title FROM articles WHERE published > ?"
        );
        $sth->execute('2003-06-01');

      and it dies with ORA-01861: literal does not match format string. If I
      hardcode TO_DATE('2003-06-01','YYYY-MM-DD') in the SQL it works fine.

      Is the accepted way to wrap the placeholder in TO_DATE(?, 'YYYY-MM-DD'), or
      should I be setting NLS_DATE_FORMAT on the session when I connect? The DBA
      here says the latter is "asking for trouble" but won't elaborate.

      Perl 5.6.1, DBI 1.37, DBD::Oracle 1.14, Oracle 8i on Solaris.

      Ta,
      Nick

      _______________________________________________
      Bristol-pm mailing list
      Bristol-pm@pm.org
      http://mail.pm.org/mailman/listinfo/bristol-pm`,
    headers: bulk(
      'Bristol Perl Mongers <bristol-pm.pm.org>',
      '<http://mail.pm.org/mailman/listinfo/bristol-pm>, <mailto:bristol-pm-request@pm.org?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-007',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Gareth Lloyd <gaz@fuzzball.demon.co.uk>',
    to: 'bristol-pm@pm.org',
    subject: 'Re: [Bristol.pm] DBI placeholders and Oracle dates',
    text: t`
      * Nick Ashworth <nick.ashworth@tiscali.co.uk> [2003-07-02 10:41]:
      > Is the accepted way to wrap the placeholder in TO_DATE(?, 'YYYY-MM-DD'), or
      > should I be setting NLS_DATE_FORMAT on the session when I connect?

      Wrap the placeholder. Your DBA is right, if you change NLS_DATE_FORMAT
      on the session then every bit of code sharing that handle (including any
      PL/SQL you call) suddenly sees dates differently, and you get very
      confusing bugs six months later. Being explicit in the SQL costs you
      nothing.

      --
      Gaz`,
    headers: bulk(
      'Bristol Perl Mongers <bristol-pm.pm.org>',
      '<http://mail.pm.org/mailman/listinfo/bristol-pm>, <mailto:bristol-pm-request@pm.org?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-008',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ian Pemberton <ianp@pembertonhome.net>',
    to: 'spamassassin-users@incubator.apache.org',
    subject: 'Bayes not learning after upgrade to 3.0.2?',
    text: t`
      Hi,

      Since upgrading from 2.64 to 3.0.2 on our Debian box (Postfix + amavisd-new)
      Bayes seems to have stopped learning. sa-learn --dump magic shows

        0.000          0        312          0  non-token data: nspam
        0.000          0       1847          0  non-token data: nham

      and those numbers haven't moved in a week, even though I'm running
      sa-learn --spam on the spam folder every night from cron. The cron job
      runs as root but amavis runs as the amavis user. Is it possible I'm
      training a different database from the one amavis reads? If so, what's
      the right way to point both at the same one, bayes_path in local.cf?

      Thanks in advance,
      Ian

      --
      Ian Pemberton, Pemberton Home Networks`,
    headers: bulk(
      '<users.spamassassin.apache.org>',
      '<mailto:users-unsubscribe@spamassassin.apache.org>',
    ),
  },
  {
    id: 'r5b-009',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Karsten Vogel <kvogel@mailhub.vogel-it.de>',
    to: 'users@spamassassin.apache.org',
    subject: 'Re: Bayes not learning after upgrade to 3.0.2?',
    text: t`
      Ian Pemberton wrote:
      > The cron job runs as root but amavis runs as the amavis user. Is it
      > possible I'm training a different database from the one amavis reads?

      Almost certainly. root's sa-learn will be writing to /root/.spamassassin/
      and amavis reads ~amavis/.spamassassin/ (usually /var/lib/amavis/.spamassassin).

      Simplest fix is to run the training as the amavis user:

        su amavis -c 'sa-learn --spam /var/mail/spamtrap'

      or set bayes_path /var/lib/amavis/.spamassassin/bayes in local.cf and make
      sure the files are group-readable. Don't forget to restart amavisd after
      changing local.cf, it only reads it at startup.

      Regards,
      Karsten

      --
      Karsten Vogel * vogel IT-Service * Kassel`,
    headers: bulk(
      '<users.spamassassin.apache.org>',
      '<mailto:users-unsubscribe@spamassassin.apache.org>',
    ),
  },
  {
    id: 'r5b-010',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Theo Marchetti <theo@marchetti.ws>',
    to: 'users@spamassassin.apache.org',
    subject: 'custom rule for the "stock alert" image spam?',
    text: t`
      Anyone got a decent rule for the GIF stock spam that's been flooding in
      the last fortnight? They're getting through with scores around 2-3 here
      because the body text is just random chunks of novels. FuzzyOCR catches
      some but it's eating CPU on our little mail box.

      Wondering whether people are just scoring on the combination of
      HTML_IMAGE_ONLY_XX + the random-word text, or whether there's something
      smarter. Happy to share what I have if it helps anyone.

      Theo`,
    headers: bulk(
      '<users.spamassassin.apache.org>',
      '<mailto:users-unsubscribe@spamassassin.apache.org>',
    ),
  },
  {
    id: 'r5b-011',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Daryl Ashcombe <dashcombe@apache-sa-release.example.org>',
    to: 'announce@spamassassin.apache.org',
    subject: 'ANNOUNCE: Apache SpamAssassin 3.1.1 available',
    text: t`
      Apache SpamAssassin 3.1.1 is now available! This is a maintenance release
      of the 3.1.x branch.

      Downloads are available from:
        http://spamassassin.apache.org/downloads.cgi?update=200603111700

      Highlights:

        - fix for a possible denial of service in spamd when using vpopmail
          (users with spamd -v configured should upgrade)
        - sa-update now verifies GPG signatures by default
        - DCC and Razor timeouts are handled more gracefully
        - several rule score fixes and false-positive reductions

      The full changelog is in the Changes file in the tarball.

      md5sum of archive files:
        9c4e2c3e1d5b3f6e2d7d1b59a0e3f4c2  Mail-SpamAssassin-3.1.1.tar.bz2
        0b7a61e1a2f0b8d3cc9ea4410f9d2a7e  Mail-SpamAssassin-3.1.1.tar.gz

      Please report bugs to http://issues.apache.org/SpamAssassin/

      Daryl, for the SpamAssassin PMC`,
    headers: bulk(
      '<announce.spamassassin.apache.org>',
      '<mailto:announce-unsubscribe@spamassassin.apache.org>',
    ),
  },
  {
    id: 'r5b-012',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Sue Ferris <sue.ferris@btinternet.com>',
    to: 'clubrun@yahoogroups.com',
    subject: '[clubrun] Sunday ride - Chew Valley loop',
    text: t`
      Hi everyone,

      Sunday's club run will be the Chew Valley loop, about 45 miles, leaving
      from the usual spot outside the Bathurst Basin cafe at 9am sharp.

      Pace will be steady (16-17mph average) with a cafe stop at Chew Magna. If
      the weather's grim we'll cut it short at Winford.

      Mudguards please, it's been wet all week and nobody likes a face full of
      road spray.

      Sue
      Ride captain, Avon Valley Wheelers

      ------------------------ Yahoo! Groups Sponsor ---------------------~-->
      Get fast, reliable broadband from Yahoo! BT Broadband
      http://us.click.yahoo.com/AbGkLA/
      --------------------------------------------------------------------~->

      Yahoo! Groups Links
      To visit your group on the web, go to:
          http://groups.yahoo.com/group/clubrun/
      To unsubscribe from this group, send an email to:
          clubrun-unsubscribe@yahoogroups.com`,
    headers: {
      'Mailing-List': 'list clubrun@yahoogroups.com; contact clubrun-owner@yahoogroups.com',
      'List-Id': '<clubrun.yahoogroups.com>',
      'List-Unsubscribe': '<mailto:clubrun-unsubscribe@yahoogroups.com>',
      Precedence: 'bulk',
    },
  },
  {
    id: 'r5b-013',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Rob Tennant <robtennant@hotmail.com>',
    to: 'clubrun@yahoogroups.com',
    subject: '[clubrun] anyone find a pump at Chew Magna?',
    text: t`
      Left my Topeak pump (silver, Road Morph) on the table outside the cafe at
      Chew Magna on Sunday. Did anyone pick it up by any chance? Rang the cafe
      and they haven't got it.

      Rob

      Yahoo! Groups Links
      To visit your group on the web, go to:
          http://groups.yahoo.com/group/clubrun/
      To unsubscribe from this group, send an email to:
          clubrun-unsubscribe@yahoogroups.com`,
    headers: bulk('<clubrun.yahoogroups.com>', '<mailto:clubrun-unsubscribe@yahoogroups.com>'),
  },
  {
    id: 'r5b-014',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Avon Valley Wheelers <clubrun@yahoogroups.com>',
    to: 'clubrun@yahoogroups.com',
    subject: '[clubrun] Digest Number 482',
    text: t`
      There are 4 messages in this issue.

      Topics in this digest:

            1. Club kit order - last call
                 From: "Mike Dawes" <mike.dawes@ntlworld.com>
            2. Re: anyone find a pump at Chew Magna?
                 From: "Ali Grant" <aligrant@yahoo.co.uk>
            3. Re: anyone find a pump at Chew Magna?
                 From: Rob Tennant <robtennant@hotmail.com>
            4. Hill climb results
                 From: Sue Ferris <sue.ferris@btinternet.com>


      ________________________________________________________________________
      Message: 1
         Date: Mon, 14 Jun 2004 19:22:10 +0100
         From: "Mike Dawes" <mike.dawes@ntlworld.com>
      Subject: Club kit order - last call

      Final reminder that the kit order goes in on Friday. Short sleeve jersey
      £38, bib shorts £45, gilet £32. Sizes and cheques to me by Thursday.

      Mike

      ________________________________________________________________________
      Message: 2
         Date: Mon, 14 Jun 2004 20:05:47 -0000
         From: "Ali Grant" <aligrant@yahoo.co.uk>
      Subject: Re: anyone find a pump at Chew Magna?

      Rob, I think Dave picked one up thinking it was Karen's. I'll ask him.

      Ali

      ________________________________________________________________________
      Message: 3
         Date: Mon, 14 Jun 2004 21:40:12 +0100
         From: Rob Tennant <robtennant@hotmail.com>
      Subject: Re: anyone find a pump at Chew Magna?

      Result! Thanks Ali.

      ________________________________________________________________________
      Message: 4
         Date: Tue, 15 Jun 2004 07:58:31 +0100
         From: Sue Ferris <sue.ferris@btinternet.com>
      Subject: Hill climb results

      Results from Saturday's club hill climb on Burrington Combe are up on the
      website. Well done to Jenny for a new ladies' course record (6:41).

      Sue

      ________________________________________________________________________
      Yahoo! Groups Links
      To unsubscribe from this group, send an email to:
          clubrun-unsubscribe@yahoogroups.com`,
    headers: bulk('<clubrun.yahoogroups.com>', '<mailto:clubrun-unsubscribe@yahoogroups.com>'),
  },
  {
    id: 'r5b-015',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'cvs@cvs.gallerykit.org',
    to: 'gallerykit-commits@lists.sourceforge.net',
    subject: 'CVS: gallerykit/lib/GalleryKit Image.pm,1.41,1.42 Thumb.pm,1.17,1.18',
    text: t`
      Update of /cvsroot/gallerykit/gallerykit/lib/GalleryKit
      In directory sc8-pr-cvs1:/tmp/cvs-serv22817/lib/GalleryKit

      Modified Files:
      	Image.pm Thumb.pm
      Log Message:
      Use Image::Magick's Thumbnail() instead of Scale() when available; it
      strips EXIF/ICC profiles and makes thumbs about 40% smaller. Falls back
      to Scale() on PerlMagick < 6.0.

      Fixes bug #1093322 (thumbnails of digicam photos are huge).


      -------------------------------------------------------
      This SF.Net email is sponsored by: IntelliVIEW -- Interactive Reporting
      Tool for open source databases. Create drag-&-drop reports. Save time
      by over 75%! http://productguide.itmanagersjournal.com/
      _______________________________________________
      Gallerykit-commits mailing list
      Gallerykit-commits@lists.sourceforge.net
      https://lists.sourceforge.net/lists/listinfo/gallerykit-commits`,
    headers: bulk(
      '<gallerykit-commits.lists.sourceforge.net>',
      '<https://lists.sourceforge.net/lists/listinfo/gallerykit-commits>, <mailto:gallerykit-commits-request@lists.sourceforge.net?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-016',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Andreas Lindqvist <andreas@lindqvist.nu>',
    to: 'gallerykit-devel@lists.sourceforge.net',
    subject: '[ANN] GalleryKit 0.9.2 released',
    text: t`
      Hi all,

      GalleryKit 0.9.2 is out. Tarballs on the SF files page as usual:
      http://sourceforge.net/project/showfiles.php?group_id=84113

      Changes since 0.9.1:
       * much smaller thumbnails for digicam photos (Sam K., thanks)
       * album sort order is now remembered per album
       * fixed XSS in the comment form (reported by Jakub, CVE pending)
       * German and Dutch translations updated
       * new config option max_upload_size

      Everyone running 0.9.1 with comments enabled should upgrade because of
      the XSS fix.

      Next stop 1.0, hopefully before Christmas. I'll post a roadmap later this
      week.

      Andreas

      _______________________________________________
      Gallerykit-devel mailing list
      Gallerykit-devel@lists.sourceforge.net
      https://lists.sourceforge.net/lists/listinfo/gallerykit-devel`,
    headers: bulk(
      '<gallerykit-devel.lists.sourceforge.net>',
      '<https://lists.sourceforge.net/lists/listinfo/gallerykit-devel>, <mailto:gallerykit-devel-request@lists.sourceforge.net?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-017',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Jakub Nowicki <jnowicki@poczta.onet.pl>',
    to: 'gallerykit-devel@lists.sourceforge.net',
    subject: 'Re: [Gallerykit-devel] Roadmap for 1.0',
    text: t`
      On Wed, Oct 19, 2005 at 11:02:40PM +0200, Andreas Lindqvist wrote:
      > 3. Drop support for Perl 5.005. Does anyone still care?

      +1 from me. Nobody should be running 5.005 in 2005, and qr// everywhere
      would make the templating code much nicer.

      > 4. Move from CVS to Subversion?

      Also +1, but please after 1.0, not before. Moving the repo in the
      middle of a release cycle will hurt.

      > 5. Who wants to own the install docs?

      Not me, my English is too bad for docs. :)

      --
      Jakub`,
    headers: bulk(
      '<gallerykit-devel.lists.sourceforge.net>',
      '<https://lists.sourceforge.net/lists/listinfo/gallerykit-devel>, <mailto:gallerykit-devel-request@lists.sourceforge.net?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-018',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Colin Prentice <colin@prentice-web.co.uk>',
    to: 'users@httpd.apache.org',
    subject: '[users@httpd] mod_rewrite loop when forcing www.',
    text: t`
      Hello list,

      I'm trying to force everyone onto www.example.co.uk with this in the
      vhost for example.co.uk:

        RewriteEngine On
        RewriteCond %{HTTP_HOST} !^www.example.co.uk [NC]
        RewriteRule ^/(.*) http://www.example.co.uk/$1 [L,R=301]

      Both names are in the same VirtualHost (ServerName + ServerAlias). Firefox
      says "redirection limit for this URL exceeded". What am I missing? Apache
      2.0.54 on CentOS 4.

      Thanks,
      Colin

      ---------------------------------------------------------------------
      The official User-To-User support forum of the Apache HTTP Server Project.
      See <URL:http://httpd.apache.org/userslist.html> for more info.
      To unsubscribe, e-mail: users-unsubscribe@httpd.apache.org
         "   from the digest: users-digest-unsubscribe@httpd.apache.org
      For additional commands, e-mail: users-help@httpd.apache.org`,
    headers: bulk('<users.httpd.apache.org>', '<mailto:users-unsubscribe@httpd.apache.org>'),
  },
  {
    id: 'r5b-019',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Wendy Okafor <wendy.okafor@gmail.com>',
    to: 'bath-python@lists.bathpug.org',
    subject: '[BathPUG] mod_python or plain CGI for a small intranet app?',
    text: t`
      Hi all,

      I'm about to write a small booking app for the office (maybe 30 users,
      room bookings and a holiday calendar). Python 2.4, Apache 2 on Fedora.

      Is mod_python worth the hassle for something this size, or should I just
      do plain CGI and not worry? I've read horror stories about module
      reloading in mod_python and I don't really want to restart Apache every
      time I change something. Someone at work also mentioned this new Django
      thing but it looks like overkill.

      Opinions welcome, I'll buy the first round next meetup.

      Wendy

      --
      Bath Python Users Group
      http://www.bathpug.org/ | unsubscribe: bath-python-leave@lists.bathpug.org`,
    headers: bulk(
      '<bath-python.lists.bathpug.org>',
      '<mailto:bath-python-leave@lists.bathpug.org>',
    ),
  },
  {
    id: 'r5b-020',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Toby Finch <toby@finchconsulting.co.uk>',
    to: 'bath-python@lists.bathpug.org',
    subject: 'Re: [BathPUG] mod_python or plain CGI for a small intranet app?',
    text: t`
      > Is mod_python worth the hassle for something this size, or should I just
      > do plain CGI and not worry?

      For 30 users, plain CGI is fine, honestly. Startup cost of a Python CGI
      is a few tenths of a second, nobody will notice. If it ever gets slow you
      can move to FastCGI with flup without rewriting much, as long as you keep
      the request handling in a function rather than at module level.

      Re Django: it was only open-sourced last summer, I'd give it a year.

      Toby

      > --
      > Bath Python Users Group
      > http://www.bathpug.org/ | unsubscribe: bath-python-leave@lists.bathpug.org`,
    headers: bulk(
      '<bath-python.lists.bathpug.org>',
      '<mailto:bath-python-leave@lists.bathpug.org>',
    ),
  },
  {
    id: 'r5b-021',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Toby Finch <toby@finchconsulting.co.uk>',
    to: 'bath-python@lists.bathpug.org',
    subject: '[BathPUG] Minutes from Tuesday + next meetup',
    text: t`
      Quick notes from Tuesday for those who missed it:

      - 11 people, new record. Welcome to Priya and Tom.
      - Wendy showed her booking app (CGI, 300 lines, works, nobody died).
      - Long digression about Python 2.5's "with" statement. Consensus: nice,
        but we'll all be on 2.4 at work for years.
      - Sam K. did a 10-minute demo of using BeautifulSoup to scrape a client's
        old FrontPage site into a database. Slides at
        http://www.bathpug.org/talks/2006-09-soup.pdf

      Next meetup: Tuesday 10 October, same place (the Raven, back room).
      Possible talk on Trac if Toby can get his laptop working.

      Toby`,
    headers: bulk(
      '<bath-python.lists.bathpug.org>',
      '<mailto:bath-python-leave@lists.bathpug.org>',
    ),
  },
  {
    id: 'r5b-022',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'python-list-request@python.org',
    to: 'python-list@python.org',
    subject: 'Python-list Digest, Vol 31, Issue 207',
    text: t`
      Send Python-list mailing list submissions to
      	python-list@python.org

      To subscribe or unsubscribe via the World Wide Web, visit
      	http://mail.python.org/mailman/listinfo/python-list
      or, via email, send a message with subject or body 'help' to
      	python-list-request@python.org

      Today's Topics:

         1. Re: unicode and the csv module (Fredrik L.)
         2. Re: Why is list.sort() not returning the list? (Steve H.)
         3. ANN: pyparsing 1.4.4 released (Paul M.)
         4. Tkinter window won't close on Windows XP (Mariusz)
         5. Re: Tkinter window won't close on Windows XP (Eric B.)


      ----------------------------------------------------------------------

      Message: 1
      Subject: Re: unicode and the csv module

      > How do I read a UTF-8 CSV file with the csv module?

      The csv module doesn't support Unicode input. Read it as bytes and decode
      each cell afterwards; there's a UnicodeReader recipe at the end of the
      csv docs that does exactly that.

      ----------------------------------------------------------------------

      Message: 2
      Subject: Re: Why is list.sort() not returning the list?

      Because it sorts in place, and returning the list would make people
      think it had made a copy. Use sorted() if you want a new list (2.4+).

      [... 3 more messages ...]

      _______________________________________________
      Python-list mailing list
      Python-list@python.org
      http://mail.python.org/mailman/listinfo/python-list`,
    headers: bulk(
      'General discussion list for the Python programming language <python-list.python.org>',
      '<http://mail.python.org/mailman/listinfo/python-list>, <mailto:python-list-request@python.org?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-023',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dan Whitfield <danw@thewhitfields.org>',
    to: 'gentoo-user@lists.gentoo.org',
    subject: '[gentoo-user] emerge -uD world wants to downgrade glibc??',
    text: t`
      After syncing this morning, emerge -uDpv world shows

        [ebuild     UD] sys-libs/glibc-2.3.5-r2 [2.3.6-r3]

      I've never seen it try to downgrade glibc before and frankly it scares
      me. I have ~x86 keyworded for a couple of packages in package.keywords
      but not glibc as far as I know. Is this a known thing with today's tree
      or have I done something stupid? Not going to let it run until someone
      reassures me.

      --
      Dan

      --
      gentoo-user@gentoo.org mailing list`,
    headers: bulk('<gentoo-user.gentoo.org>', '<mailto:gentoo-user+unsubscribe@lists.gentoo.org>'),
  },
  {
    id: 'r5b-024',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dennis Hartley <dhartley@earthlink.net>',
    to: 'members@lists.brislug.org.uk',
    subject: '[BrisLUG] Installfest, Sat 22 Oct, Central Library',
    text: t`
      Folks,

      We've got the meeting room at the Central Library again for an Installfest
      on Saturday 22nd October, 10am - 4pm. Bring your machine (and its power
      lead, and keyboard, and mouse - people always forget).

      We'll have CDs of Ubuntu 5.10, Fedora Core 4 and Knoppix, plus a few
      Debian netinst discs. Broadband will be available thanks to Colin.

      Volunteers needed for the helpdesk table, please reply to me off-list
      if you can do a couple of hours.

      Posters for shop windows are at http://www.brislug.org.uk/installfest/

      Dennis

      _______________________________________________
      BrisLUG mailing list
      members@lists.brislug.org.uk
      http://lists.brislug.org.uk/mailman/listinfo/members`,
    headers: bulk(
      '<members.lists.brislug.org.uk>',
      '<http://lists.brislug.org.uk/mailman/listinfo/members>, <mailto:members-request@lists.brislug.org.uk?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-025',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Hamish Doyle <hdoyle@exim-user.demon.co.uk>',
    to: 'exim-users@exim.org',
    subject: '[exim] Smarthost with AUTH for just one domain',
    text: t`
      Hi,

      Exim 4.50 on Debian. I want mail from one of our virtual domains
      (shop.example.net) to go out via the customer's ISP smarthost with SMTP
      AUTH, and everything else to go direct as now.

      I've got a manualroute router with domains = ! +local_domains and
      senders = *@shop.example.net, and a transport with hosts_require_auth,
      but it seems to ignore the senders condition and route everything
      through the smarthost. Is senders the wrong option here? Config snippet
      below.

      [snip]

      Cheers
      Hamish

      --
      ## List details at http://www.exim.org/mailman/listinfo/exim-users
      ## Exim details at http://www.exim.org/
      ## Please use the Wiki with this list - http://www.exim.org/eximwiki/`,
    headers: bulk(
      'A user list for the exim MTA <exim-users.exim.org>',
      '<http://www.exim.org/mailman/listinfo/exim-users>, <mailto:exim-users-request@exim.org?subject=unsubscribe>',
    ),
  },
  {
    id: 'r5b-026',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Karen Liddell <karen.liddell@ntlworld.com>',
    to: 'clubrun@yahoogroups.com',
    subject: "[clubrun] Re: Audax 200 in May - who's in?",
    text: t`
      --- In clubrun@yahoogroups.com, "Mike Dawes" <mike.dawes@...> wrote:
      > Thinking of doing the Severn Across 200 on the 14th. Anyone fancy it?

      Count me in, Mike. Jenny might come too if her knee's ok. We could all
      get the train to Chepstow the night before.

      K

      Yahoo! Groups Links
          http://groups.yahoo.com/group/clubrun/
          clubrun-unsubscribe@yahoogroups.com`,
    headers: bulk('<clubrun.yahoogroups.com>', '<mailto:clubrun-unsubscribe@yahoogroups.com>'),
  },
  {
    id: 'r5b-027',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Debian Security Team <team@security.debian.org>',
    to: 'debian-security-announce@lists.debian.org',
    subject: '[SECURITY] [DSA 1032-1] New php4 packages fix several vulnerabilities',
    text: t`
      -----BEGIN PGP SIGNED MESSAGE-----
      Hash: SHA1

      - --------------------------------------------------------------------------
      Debian Security Advisory DSA 1032-1                    security@debian.org
      http://www.debian.org/security/                          Joey Brandt
      April 3rd, 2006                         http://www.debian.org/security/faq
      - --------------------------------------------------------------------------

      Package        : php4
      Vulnerability  : several
      Problem-Type   : remote
      Debian-specific: no

      Several vulnerabilities have been discovered in PHP, a server-side,
      HTML-embedded scripting language, which may lead to cross-site scripting
      or the disclosure of sensitive information.

      For the stable distribution (sarge) these problems have been fixed in
      version 4:4.3.10-17.

      We recommend that you upgrade your php4 packages.

      Upgrade Instructions
      - --------------------

      wget url
              will fetch the file for you
      dpkg -i file.deb
              will install the referenced file.

      If you are using the apt-get package manager, use the line for
      sources.list as given below:

      apt-get update
              will update the internal database
      apt-get upgrade
              will install corrected packages

      -----BEGIN PGP SIGNATURE-----
      Version: GnuPG v1.4.2 (GNU/Linux)

      iD8DBQFEMQbQW5ql+IAeqTIRAjx1AJ0e3lLqKvXH0cQZs7gNdM0bQq0rTgCfSxzT
      K7lY8Vb9ntwOq9cR7p1nJkA=
      =m5Zq
      -----END PGP SIGNATURE-----`,
    headers: bulk(
      '<debian-security-announce.lists.debian.org>',
      '<mailto:debian-security-announce-request@lists.debian.org?subject=unsubscribe>',
    ),
  },
  // ---------------------------------------------------------------- informational: newsletters
  {
    id: 'r5b-028',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'LWN.net <lwn@lwn.net>',
    to: 'sam@kellerworks.com',
    subject: 'LWN.net Weekly Edition for November 17, 2005',
    text: t`
      The LWN.net Weekly Edition for November 17, 2005 is available.

      Subscribers can read it now at:
        http://lwn.net/Articles/160117/

      This week's edition includes:

        - Front: The Sony rootkit fiasco; OpenOffice.org 2.0 reviewed.
        - Security: Software and the DMCA; new vulnerabilities in gtk+2.0,
          php, sudo, and more.
        - Kernel: 2.6.15-rc1; the end of devfs; a new generic timer layer.
        - Distributions: Fedora Core 5 test1; Mandriva 2006 mini-review.
        - Development: Python 2.4.2; GCC 4.1 branch; new versions of Apache,
          PostgreSQL, Samba.

      The Weekly Edition will be freely available to non-subscribers on
      November 24.

      You are receiving this mail because you are an LWN.net subscriber. To
      change your mail preferences, go to http://lwn.net/Login/`,
    headers: bulk('<weekly.lwn.net>', '<http://lwn.net/Login/>'),
  },
  {
    id: 'r5b-029',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'freshmeat daily <newsletter@freshmeat.net>',
    to: 'sam@kellerworks.com',
    subject: 'freshmeat newsletter for Tuesday, June 08th 2004',
    text: t`
      ::: L I N K S   F O R   T H E   D A Y :::

      Today's news on the web: http://freshmeat.net/daily/2004/06/08/
      freshmeat.net newsletter: http://freshmeat.net/newsletter/

      ::: A D V E R T I S I N G :::

      Sponsored by SourceForge.net Enterprise Edition

      ::: R E L E A S E   H I G H L I G H T S :::

       - Gallery 1.4.3-pl2 (Stable)
       - Mutt 1.5.6i (Development)
       - phpMyAdmin 2.5.7-pl1 (Stable)
       - Squid 2.5.STABLE5 (Stable)
       - The GIMP 2.0.2 (Stable)

      ::: R E L E A S E   D E T A I L S :::

      [001] - Awstats 6.1
          by Laurent Destailleur
          Tuesday, June 8th 2004 07:12

      Internet :: Log Analysis

      About: Advanced Web Statistics (AWStats) is a powerful Web server log
      file analyzer which shows you all your Web statistics...

      Changes: Added support for Firefox. Fixed a security hole in the
      awredir.pl script.

      [...]

      To unsubscribe, go to http://freshmeat.net/account/ and uncheck
      "Receive daily newsletter".`,
    headers: bulk('<newsletter.freshmeat.net>', '<http://freshmeat.net/account/>'),
  },
  {
    id: 'r5b-030',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'SANS NewsBites <newsbites@sans.org>',
    to: 'sam@kellerworks.com',
    subject: 'SANS NewsBites Vol. 7 Num. 22',
    text: t`
      SANS NewsBites                June 1, 2005             Vol. 7, Num. 22

      TOP OF THE NEWS
       --Trojan Horse Encrypts Files and Demands Ransom
       --Phishers Target Small Banks and Credit Unions
       --Cisco Releases Patches for IOS Flaws

      THE REST OF THE WEEK'S NEWS
       --UK Man Pleads Guilty to Hacking NASA Computers
       --Microsoft to Offer Antispyware Free to Licensed Users
       --Study: Half of Small Businesses Lack Firewalls

      ************************************************************
      Editor's Note (Hollis): The ransomware story is a small one today, but
      watch it. Criminals have figured out that data can be held hostage.
      ************************************************************

      [... full text of stories follows ...]

      To be removed from the NewsBites list, reply with the subject line
      "unsubscribe newsbites" or visit https://portal.sans.org/`,
    headers: bulk('<newsbites.sans.org>', '<https://portal.sans.org/>'),
  },
  {
    id: 'r5b-031',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: "O'Reilly Network <newsletters@oreilly.com>",
    to: 'sam@kellerworks.com',
    subject: "O'Reilly Network Web DevCenter newsletter, 03-09-2004",
    text: t`
      =========================================================
      O'Reilly Network Web DevCenter Newsletter
      March 9, 2004
      =========================================================

      IN THIS ISSUE
      - CSS Sprites before they were cool: image replacement techniques
      - Building a simple RSS aggregator in PHP
      - Book excerpt: "Web Design in a Nutshell, 2nd Edition", ch. 17
      - Conference news: O'Reilly Open Source Convention, Portland, July 26-30

      ---------------------------------------------------------
      SPECIAL OFFER: Save 20% on any O'Reilly book ordered this
      month with discount code WEB420.
      ---------------------------------------------------------

      BUILDING A SIMPLE RSS AGGREGATOR IN PHP
      RSS feeds are everywhere, but most desktop readers are clumsy. In this
      article, we'll use PHP's XML parser to build a simple aggregator you can
      run on any shared host...
      http://www.oreillynet.com/pub/a/php/2004/03/04/rss.html

      =========================================================
      You are subscribed as sam@kellerworks.com. To unsubscribe or change
      your preferences, visit http://www.oreillynet.com/cs/user/prefs`,
    headers: bulk('<webdev.newsletters.oreilly.com>', '<http://www.oreillynet.com/cs/user/prefs>'),
  },
  {
    id: 'r5b-032',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Slashdot <slashdot@newsletters.osdn.com>',
    to: 'sam@kellerworks.com',
    subject: 'Slashdot Daily Headlines for 2003-08-13',
    text: t`
      ======================================================================
      Slashdot Daily Newsletter
      ======================================================================

      MS Blaster Worm Spreading Rapidly
          from the patch-your-boxen dept.
          posted by michael on Tuesday August 12, @09:32AM
          http://slashdot.org/article.pl?sid=03/08/12/1333228

      SCO Sues IBM For... More
          from the here-we-go-again dept.
          posted by CmdrTaco on Tuesday August 12, @11:15AM
          http://slashdot.org/article.pl?sid=03/08/12/1455208

      Apple Releases Safari 1.0.1
          from the browser-wars dept.
          posted by timothy on Tuesday August 12, @02:50PM
          http://apple.slashdot.org/article.pl?sid=03/08/12/1820224

      ======================================================================
      Copyright 1997-2003 OSDN. All rights reserved.

      You have received this message because you subscribed to it on
      Slashdot. To stop receiving this and other messages from Slashdot,
      or to add more messages or change your preferences, please go to your
      user page: http://slashdot.org/my/messages`,
    headers: bulk('<headlines.slashdot.org>', '<http://slashdot.org/my/messages>'),
  },
  {
    id: 'r5b-033',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Perl Weekly Digest <digest@use-perl.example.org>',
    to: 'sam@kellerworks.com',
    subject: 'This week on perl5-porters (24-30 January 2005)',
    text: t`
      This week on perl5-porters (24-30 January 2005)

        Dara Milne fixes some nasty regex leaks, Niels Carver prepares
        5.8.7, and a long thread about whether "local $_" should be allowed to
        localize a tied $_.

      5.8.7 is coming

        Nicholas announced that he's aiming for a 5.8.7 release in late
        March, and asked people to test maint snapshots on odd platforms,
        particularly VMS and Cygwin.

      Regex memory leaks

        Dara Milne tracked down several leaks in the regex engine that
        showed up when patterns containing (?{ }) were compiled repeatedly.
        Fixed in bleadperl.

      [...]

      About this summary

        This summary was written by Ruben. Weekly summaries are published on
        http://use.perl.org/ and posted on a mailing list, whose subscription
        address is perl5-summary-subscribe@perl.org.`,
    headers: bulk('<perl5-summary.perl.org>', '<mailto:perl5-summary-unsubscribe@perl.org>'),
  },
  {
    id: 'r5b-034',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Webmonkey <webmonkey-newsletter@lists.wired.com>',
    to: 'sam@kellerworks.com',
    subject: 'Webmonkey: Tables Are Dead, Long Live Tables',
    text: t`
      WEBMONKEY WEEKLY -- 5 February 2002
      ---------------------------------------------

      HELLO, MONKEYS

      This week we stick our necks out and ask: is it time to stop using
      tables for layout? Our authors are split, and so is the office. Read
      both sides and tell us in the forum.

      FEATURES
        * Tables Are Dead: A CSS-Only Three-Column Layout
        * Flash MX: First Impressions
        * Getting Started With PHP Sessions

      TIP OF THE WEEK
        Netscape 4 ignores most of your stylesheet anyway. Use @import to hide
        the advanced stuff from it, and serve it a plainer page.

      ---------------------------------------------
      To unsubscribe, send a blank email to
      webmonkey-newsletter-unsubscribe@lists.wired.com`,
    headers: bulk(
      '<webmonkey-newsletter.lists.wired.com>',
      '<mailto:webmonkey-newsletter-unsubscribe@lists.wired.com>',
    ),
  },
  {
    id: 'r5b-035',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Cyclesport South West <news@cyclesport-sw.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Spring newsletter - sportive calendar & new shop hours',
    text: t`
      CYCLESPORT SOUTH WEST - SPRING NEWSLETTER 2007

      Hello from the shop!

      NEW OPENING HOURS
      From 1 April we're open late on Thursdays (till 8pm) for workshop
      collections.

      SPORTIVE CALENDAR
       - Mendip Mangler, Sun 22 April (60 / 100 miles)
       - Cotswold Spring Classic, Sun 6 May
       - Exmoor Beast (entries open now, it always sells out)

      SERVICE SPECIAL
      Full service for £45 (normally £60) throughout April. Book on
      0117 924 0000.

      See you on the road,
      Jim & the team

      You're receiving this because you signed up in the shop. To stop
      receiving our newsletter just reply with "unsubscribe".`,
  },
  // ---------------------------------------------------------------- informational: notifications
  {
    id: 'r5b-036',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'mailman-owner@lists.brislug.org.uk',
    to: 'sam@kellerworks.com',
    subject: 'lists.brislug.org.uk mailing list memberships reminder',
    text: t`
      This is a reminder, sent out once a month, about your
      lists.brislug.org.uk mailing list memberships. It includes your
      subscription info and how to use it to change it or unsubscribe from a
      list.

      You can visit the URLs to change your membership status or
      configuration, including unsubscribing, setting digest-style delivery
      or disabling delivery altogether (e.g., for a vacation), and so on.

      In addition to the URL interfaces, you can also use email to make such
      changes. For more info, send a message to the '-request' address of
      the list (for example, members-request@lists.brislug.org.uk) containing
      just the word 'help' in the message body, and an email message will be
      sent to you with instructions.

      If you have questions, problems, comments, etc, send them to
      mailman-owner@lists.brislug.org.uk. Thanks!

      Passwords for sam@kellerworks.com:

      List                                     Password // URL
      ----                                     --------
      members@lists.brislug.org.uk             taigaro
      http://lists.brislug.org.uk/mailman/options/members/sam%40kellerworks.com`,
    headers: { Precedence: 'bulk', 'X-No-Archive': 'yes' },
  },
  {
    id: 'r5b-037',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'bath-python-owner@lists.bathpug.org',
    to: 'sam@kellerworks.com',
    subject: 'Your message to bath-python awaits moderator approval',
    text: t`
      Your mail to 'bath-python' with the subject

          Slides from last night (BeautifulSoup)

      Is being held until the list moderator can review it for approval.

      The reason it is being held:

          Message body is too big: 412876 bytes with a limit of 40 KB

      Either the message will get posted to the list, or you will receive
      notification of the moderator's decision. If you would like to cancel
      this posting, please visit the following URL:

          http://lists.bathpug.org/mailman/confirm/bath-python/3f9a2c81d0e4`,
    headers: { 'Auto-Submitted': 'auto-generated', Precedence: 'bulk' },
  },
  {
    id: 'r5b-038',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'users-help@spamassassin.apache.org',
    to: 'sam@kellerworks.com',
    subject: 'WELCOME to users@spamassassin.apache.org',
    text: t`
      Hi! This is the ezmlm program. I'm managing the
      users@spamassassin.apache.org mailing list.

      Acknowledgment: I have added the address

         sam@kellerworks.com

      to the users mailing list.

      Welcome to users@spamassassin.apache.org!

      Please save this message so that you know the address you are
      subscribed under, in case you later want to unsubscribe or change your
      subscription address.

      To unsubscribe, send a message to:
         <users-unsubscribe@spamassassin.apache.org>

      --- Administrative commands for the users list ---

      I can handle administrative requests automatically. Please
      do not send them to the list address!`,
    headers: { 'Auto-Submitted': 'auto-replied', Precedence: 'bulk' },
  },
  {
    id: 'r5b-039',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'bugzilla-daemon@bugs.gallerykit.org',
    to: 'sam@kellerworks.com',
    subject: '[Bug 412] Thumbnails lose orientation for portrait photos',
    text: t`
      http://bugs.gallerykit.org/show_bug.cgi?id=412

      andreas@lindqvist.nu changed:

                 What    |Removed                     |Added
      ----------------------------------------------------------------------------
                   Status|NEW                         |ASSIGNED
               AssignedTo|nobody@gallerykit.org       |sam@kellerworks.com
         Target Milestone|---                         |1.0



      ------- Additional Comments From andreas@lindqvist.nu  2005-11-02 21:17 -------
      Assigning to Sam since he did the Thumbnail() change, he'll know where
      the EXIF orientation is getting dropped. Not urgent, 1.0 is fine.



      ------- You are receiving this mail because: -------
      You are the assignee for the bug, or are watching the assignee.`,
    headers: { 'X-Bugzilla-Reason': 'AssignedTo', 'Auto-Submitted': 'auto-generated' },
  },
  {
    id: 'r5b-040',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'SourceForge.net <noreply@sourceforge.net>',
    to: 'sam@kellerworks.com',
    subject: '[SF.net Release] gallerykit: 0.9.2 released',
    text: t`
      Project "GalleryKit" ('gallerykit') has released the new version of
      package 'gallerykit'. You can download it from SourceForge.net by
      following this link:
      <https://sourceforge.net/project/showfiles.php?group_id=84113&release_id=362919>
      or browse Release Notes and ChangeLog by visiting this link:
      <https://sourceforge.net/project/shownotes.php?release_id=362919>

      You receive this email because you requested to be notified when new
      versions of this package were released. If you don't wish to be
      notified in the future, please login to SourceForge.net and click this
      link: <https://sourceforge.net/project/filemodule_monitor.php?filemodule_id=88412>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  },
  {
    id: 'r5b-041',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Cron Daemon <root@www1.kellerworks.com>',
    to: 'root@www1.kellerworks.com',
    subject: 'Cron <root@www1> /usr/local/sbin/nightly-backup.sh',
    text: t`
      rsync: building file list ... done
      var/www/clients/
      var/www/clients/doylecafe/htdocs/menu.html
      var/www/clients/hussaintiles/htdocs/cart/orders.db
      var/lib/mysql-dump/all-2006-02-14.sql.gz

      sent 48213890 bytes  received 1184 bytes  1204102.10 bytes/sec
      total size is 2193847112  speedup is 45.50
      dump complete: 14 databases, 38.2M compressed
      backup finished OK at Tue Feb 14 03:12:47 GMT 2006`,
    headers: {
      'X-Cron-Env': '<SHELL=/bin/sh>',
      'Auto-Submitted': 'auto-generated',
    },
  },
  {
    id: 'r5b-042',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'logwatch@www1.kellerworks.com',
    to: 'root@www1.kellerworks.com',
    subject: 'LogWatch for www1.kellerworks.com',
    text: t`
       ################### LogWatch 5.2.2 (06/23/04) ####################
              Processing Initiated: Sun Mar 13 04:02:03 2005
              Date Range Processed: yesterday
            Detail Level of Output: 0
                    Logfiles for Host: www1.kellerworks.com
       ################################################################

       --------------------- httpd Begin ------------------------

       Requests with error response codes
          404 Not Found
             /_vti_bin/owssvr.dll: 41 Time(s)
             /MSOffice/cltreq.asp: 41 Time(s)
             /favicon.ico: 317 Time(s)
             /scripts/..%255c../winnt/system32/cmd.exe: 12 Time(s)

       ---------------------- httpd End -------------------------

       --------------------- SSHD Begin ------------------------

       Failed logins from these:
          root/password from 61.152.158.20: 214 Time(s)
          admin/password from 61.152.158.20: 37 Time(s)

       Users logging in through sshd:
          sam:
             81.102.44.19: 3 Times

       ---------------------- SSHD End -------------------------

       --------------------- Disk Space --------------------

       /dev/sda1              19G   11G  7.2G  61% /
       /dev/sdb1              74G   52G   19G  74% /var

       ###################### LogWatch End #########################`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  },
  {
    id: 'r5b-043',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'nagios@mon.kellerworks.com',
    to: 'sam@kellerworks.com',
    subject: '** PROBLEM alert - db1/Disk /var is CRITICAL **',
    text: t`
      ***** Nagios  *****

      Notification Type: PROBLEM

      Service: Disk /var
      Host: db1
      Address: 192.168.10.12
      State: CRITICAL

      Date/Time: Wed Aug 22 02:41:09 BST 2007

      Additional Info:

      DISK CRITICAL - free space: /var 812 MB (4% inode=88%):`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  },
  {
    id: 'r5b-044',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'nagios@mon.kellerworks.com',
    to: 'sam@kellerworks.com',
    subject: '** RECOVERY alert - db1/Disk /var is OK **',
    text: t`
      ***** Nagios  *****

      Notification Type: RECOVERY

      Service: Disk /var
      Host: db1
      Address: 192.168.10.12
      State: OK

      Date/Time: Wed Aug 22 07:56:40 BST 2007

      Additional Info:

      DISK OK - free space: /var 14203 MB (66% inode=91%):`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  },
  {
    id: 'r5b-045',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'mdadm monitoring <root@db1.kellerworks.com>',
    to: 'root@db1.kellerworks.com',
    subject: 'DegradedArray event on /dev/md1:db1',
    text: t`
      This is an automatically generated mail message from mdadm
      running on db1

      A DegradedArray event had been detected on md device /dev/md1.

      Faithfully yours, etc.

      P.S. The /proc/mdstat file currently contains the following:

      Personalities : [raid1]
      md1 : active raid1 sda2[0]
            77087808 blocks [2/1] [U_]

      md0 : active raid1 sda1[0] sdb1[1]
            97536 blocks [2/2] [UU]

      unused devices: <none>`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  },
  {
    id: 'r5b-046',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Bytemark Hosting <support@bytemark-hosting.example.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Scheduled maintenance: York datacentre, Sat 12 May 02:00-04:00',
    text: t`
      Dear customer,

      We will be carrying out scheduled maintenance on the core routers in
      our York datacentre on Saturday 12 May 2007 between 02:00 and 04:00 BST.

      You may see up to two short interruptions of network connectivity (each
      under 5 minutes) during this window. Your servers will not be rebooted.

      Affected machines on your account:
        www1.kellerworks.com (80.68.91.14)
        db1.kellerworks.com  (80.68.91.15)

      There is no action required on your part. Status updates will be posted
      at http://status.bytemark-hosting.example.co.uk/ during the work.

      Regards,
      Network Operations`,
  },
  // ---------------------------------------------------------------- informational: orders & shipping
  {
    id: 'r5b-047',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Amazon.co.uk <order-update@amazon.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Your Order with Amazon.co.uk',
    text: t`
      Hello Sam Keller,

      Thank you for your order. We'll send a confirmation when your items
      ship. If you would like to view the status of your order or make any
      changes to it, please visit Your Account at www.amazon.co.uk.

      Your purchase information appears below.

      E-mail Address: sam@kellerworks.com

      Order Grand Total: £41.93

      Order #: 202-4418392-7731520

      Delivery estimate: 24 Nov 2004 - 26 Nov 2004

      Items:
        1 "Designing with Web Standards"
          Jeffrey Zeldman; Paperback; £19.24

        1 "Programming Perl (3rd Edition)"
          Larry Wall; Paperback; £22.69

      Subtotal of Items: £41.93
      Postage & Packing: £0.00

      Thanks again for shopping with us.

      Amazon.co.uk
      Earth's Biggest Selection`,
  },
  {
    id: 'r5b-048',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Amazon.co.uk <ship-confirm@amazon.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Your Amazon.co.uk order has dispatched (#202-4418392-7731520)',
    text: t`
      Greetings from Amazon.co.uk,

      We thought you'd like to know that we've dispatched your item(s), and
      that this completes your order. Your order is being sent by Royal Mail
      first class. Most items arrive within 2 to 3 working days.

      You can track the status of this order, and all your orders, online by
      visiting Your Account at http://www.amazon.co.uk/your-account

      The following items have been dispatched to you by Amazon.co.uk:
      ---------------------------------------------------------------------
         Qty  Item                                   Price      Dispatched
      ---------------------------------------------------------------------
          1   Designing with Web Standards           £19.24     1
          1   Programming Perl (3rd Edition)         £22.69     1
      ---------------------------------------------------------------------
          Item Subtotal: £41.93
          P&P:           £0.00
          Total:         £41.93

      This shipment was sent to:
         Sam Keller
         Kellerworks
         12 Cheltenham Road
         Bristol BS6 5QY`,
  },
  {
    id: 'r5b-049',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Newegg.com <info@newegg.com>',
    to: 'sam@kellerworks.com',
    subject: 'Newegg.com - Order Confirmation #47120931',
    text: t`
      Dear Sam Keller,

      Thank you for shopping at Newegg.com. This email confirms that we have
      received your order. Please note that your credit card is not charged
      until your order has shipped.

      Sales Order Number: 47120931
      Order Date: 7/18/2006 11:42:05 AM

      Item #           Description                           Qty   Price
      N82E16822148140  Seagate Barracuda 7200.10 ST3250820AS   2   $84.99
      N82E16820145034  CORSAIR ValueSelect 1GB DDR2 667        1   $79.99

      Subtotal:       $249.97
      Shipping:       $9.48 (UPS Ground)
      Tax:            $0.00
      Order Total:    $259.45

      You will receive an email with tracking information once your order
      ships. Please do not reply to this email, this mailbox is not
      monitored.

      Newegg.com Customer Service`,
  },
  {
    id: 'r5b-050',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'UPS Quantum View <auto-notify@ups.com>',
    to: 'sam@kellerworks.com',
    subject: 'UPS Delivery Notification, Tracking Number 1Z4W82790341887265',
    text: t`
      ******* Do not reply to this e-mail. UPS and Newegg.com will not
      receive your reply.

      This message was sent to you at the request of Newegg.com to notify you
      that the shipment information below has been transmitted to UPS. The
      physical package(s) may or may not have actually been tendered to UPS
      for shipment.

      Important Delivery Information

      Scheduled Delivery: 24-July-2006

      Shipment Detail

      Ship To:
        Sam Keller
        Kellerworks

      Number of Packages: 1
      UPS Service: GROUND
      Weight: 4.0 LBS

      Tracking Number: 1Z4W82790341887265
      Reference Number 1: 47120931`,
    headers: { 'Auto-Submitted': 'auto-generated' },
  },
  {
    id: 'r5b-051',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'service@paypal.co.uk',
    to: 'sam@kellerworks.com',
    subject: 'Receipt for Your Payment to wiggle_bikes',
    text: t`
      Hello Sam Keller,

      You sent a payment of £64.98 GBP to wiggle_bikes.

      It may take a few moments for this transaction to appear in your
      account.

      -----------------------------------
      Seller's Details
      -----------------------------------
      Merchant: wiggle_bikes
      Email: sales@wiggle-bikes.example.co.uk

      Description:        Continental GP4000 700x23 folding tyre (x2)
      Unit price:         £29.99 GBP
      Quantity:           2
      Postage:            £5.00 GBP
      Total:              £64.98 GBP

      Transaction ID: 4KJ81772RS3940518

      Sincerely,
      PayPal

      ----------------------------------------------------------------
      Please do not reply to this e-mail. Mail sent to this address
      cannot be answered.`,
  },
  {
    id: 'r5b-052',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'eBay <endofauction@ebay.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'eBay Item Won! Campagnolo Chorus 10 speed rear mech (270118374611)',
    text: t`
      Dear samkeller_bristol,

      Congratulations! You won the following item. Please pay the seller now.

      Campagnolo Chorus 10 speed rear mech - barely used
      Item number: 270118374611
      Winning bid: £48.00
      Postage: £4.50 (Royal Mail Recorded)
      Seller: cotswold_velo (212 ★)

      Pay now: http://payments.ebay.co.uk/ws/eBayISAPI.dll?PayCOCheckout&item=270118374611

      The seller will receive an email notification when you pay. Thanks for
      using eBay!

      --
      Learn more about buying safely on eBay: http://pages.ebay.co.uk/safetycentre/`,
  },
  {
    id: 'r5b-053',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Gandi <noreply@gandi.net>',
    to: 'sam@kellerworks.com',
    subject: '[GANDI] Renewal confirmation: kellerworks.com',
    text: t`
      Hello,

      The domain name kellerworks.com has been successfully renewed.

      New expiry date: 2008-09-17
      Duration: 1 year
      Amount charged: 12.00 EUR (excl. VAT)
      Order reference: G-2007-0913-88142

      Your invoice is available in your account under "Billing".

      This is an automatic message, please do not reply.

      --
      Gandi - No Bullshit(TM)
      http://www.gandi.net/`,
  },
  {
    id: 'r5b-054',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'Dell Order Status <dell_order_status@dell.com>',
    to: 'sam@kellerworks.com',
    subject: 'Your Dell order has shipped - Order Number 283811942',
    text: t`
      Dear SAM KELLER,

      Thank you for choosing Dell. We are pleased to inform you that your
      order has shipped.

      Order Number:   283811942
      Customer Number: 51628840
      System:         Dell Latitude D620, Intel Core Duo T2400
      Carrier:        Parcelforce
      Waybill:        PB0047328115GB

      Please allow 2-3 working days for delivery. You can check the status of
      your order at any time at http://support.euro.dell.com/orderstatus

      This message was automatically generated. Please do not reply.`,
  },
  // ---------------------------------------------------------------- informational: auto-replies, fyi
  {
    id: 'r5b-055',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: 'Karsten Vogel <kvogel@mailhub.vogel-it.de>',
    to: 'sam@kellerworks.com',
    subject: 'Out of Office AutoReply: Re: Bayes not learning after upgrade to 3.0.2?',
    text: t`
      I am away from the office until Monday 14 March with limited access to
      e-mail. Your message will not be forwarded.

      For urgent support issues please call the office on +49 561 000 00 00.

      Karsten Vogel
      vogel IT-Service`,
    headers: { 'Auto-Submitted': 'auto-replied', Precedence: 'junk' },
  },
  {
    id: 'r5b-056',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: 'Mike Dawes <mike.dawes@ntlworld.com>',
    to: 'sam@kellerworks.com',
    subject: 'Away: Re: kit order',
    text: t`
      Hi, I'm cycling in the Pyrenees until 2 July and checking mail only
      when I find an internet cafe. Kit queries will have to wait till I'm
      back, sorry!

      Mike`,
    headers: { 'Auto-Submitted': 'auto-replied', 'X-Mailer': 'vacation 1.2.6' },
  },
  {
    id: 'r5b-057',
    label: 'informational',
    kind: 'auto-reply',
    lang: 'en',
    from: 'Demon Internet Support <support@demon.net>',
    to: 'sam@kellerworks.com',
    subject: '[Ticket #DMN-2231987] Re: DSL line dropping every evening',
    text: t`
      Thank you for contacting Demon Internet Support.

      This is an automated response to confirm that we have received your
      email. Your reference number is DMN-2231987. Please quote it in any
      further correspondence about this issue.

      We aim to respond to all email within 2 working days. For faults
      affecting service you can also call 0845 272 2777 (24 hours).

      Demon Internet Customer Support`,
    headers: { 'Auto-Submitted': 'auto-replied' },
  },
  {
    id: 'r5b-058',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Jo Patel <jo@kellerworks.com>',
    to: 'sam@kellerworks.com',
    subject: 'FYI - BT engineer Thursday am',
    text: t`
      Sam,

      Just so you know, BT are coming on Thursday morning between 8 and 1 to
      look at the ISDN line, so the office internet will probably be down for
      a bit. I'll be in to let them in. Nothing you need to do.

      Jo`,
  },
  {
    id: 'r5b-059',
    label: 'informational',
    kind: 'fyi',
    lang: 'en',
    from: 'Helen Marsh <helen@marshflorists.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Paid!',
    text: t`
      Hi Sam,

      Just to let you know I've sent a cheque for invoice 2004-031 (£650) in
      the post today. No need to reply. The new site is getting lots of nice
      comments from customers, thank you!

      Helen
      Marsh Florists
      0117 955 1234`,
  },
  {
    id: 'r5b-060',
    label: 'informational',
    kind: 'thread',
    lang: 'en',
    from: 'Colin Prentice <colin@prentice-web.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Re: mod_rewrite loop when forcing www.',
    text: t`
      Spot on, it was the missing backslashes in the RewriteCond plus the old
      Redirect line further down the config. Fixed now. Thanks for taking the
      time off-list, much appreciated.

      Colin

      Sam Keller wrote:
      > Colin, I think you've still got a "Redirect permanent /" lower down
      > the vhost from the old setup - that fires as well and you bounce
      > between the two. Comment it out and try again.`,
  },
  // ---------------------------------------------------------------- spam
  {
    id: 'r5b-061',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Lowest Rates Direct <rates@lowrate-mortgagenow.biz>',
    to: 'sam@kellerworks.com',
    subject: 'Refinance today - rates as low as 3.25% ... approved!!',
    html: t`
      <html><body bgcolor="#FFFFFF">
      <center>
      <table width="600" border="0" cellpadding="0" cellspacing="0">
      <tr><td bgcolor="#003399" align="center"><font face="Arial" size="5" color="#FFFFFF"><b>YOUR APPLICATION HAS BEEN PRE-APPROVED!</b></font></td></tr>
      <tr><td align="center"><font face="Arial" size="3">
      <br>Dear Homeowner,<br><br>
      Interest rates are at their <b>LOWEST in 40 YEARS</b>. You could lower your monthly payment by <font color="#FF0000"><b>$400 or more!</b></font><br><br>
      <b>$150,000</b> loan for as low as <b>$499/month</b><br>
      <b>$300,000</b> loan for as low as <b>$998/month</b><br><br>
      Bad credit? No problem! Self-employed? No problem!<br><br>
      <a href="http://www.lowrate-mortgagenow.biz/apply.php?id=88213"><font size="4" color="#009900"><b>CLICK HERE for your FREE no-obligation quote</b></font></a>
      <br><br></font></td></tr>
      <tr><td align="center"><font face="Arial" size="1" color="#999999">
      You received this email because you opted in to receive special offers from one of our partners.
      To be removed from our list <a href="http://www.lowrate-mortgagenow.biz/remove.php">click here</a> or reply with REMOVE in the subject.
      </font></td></tr>
      </table></center>
      </body></html>`,
  },
  {
    id: 'r5b-062',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Ronda Whitley <wqnrhs@hanmail.net>',
    to: 'sam@kellerworks.com',
    subject: 'V1AGRA, C1ALIS, Xanax - up to 80% OFF',
    html: t`
      <html><body>
      <p><font face="Verdana" size="2">Hi,</font></p>
      <p><font face="Verdana" size="4" color="#CC0000"><b>Best online pharmacy - no prescription needed!</b></font></p>
      <table border="1" cellpadding="4">
      <tr><td>V|agra</td><td>$1.79 per dose</td></tr>
      <tr><td>C|alis</td><td>$2.99 per dose</td></tr>
      <tr><td>Xan@x</td><td>$1.21 per dose</td></tr>
      <tr><td>Val|um</td><td>$1.09 per dose</td></tr>
      <tr><td>Soma</td><td>$0.89 per dose</td></tr>
      </table>
      <p><font face="Verdana" size="2">Discreet worldwide shipping. Secure ordering. Over 1 million satisfied customers!</font></p>
      <p><a href="http://rxpharm4u.info/?aff=3321"><b>ENTER HERE</b></a></p>
      <p><font size="1" color="#FFFFFF">marrow sheepish gondola fiscal tinker abbey pliant turnip obelisk caraway</font></p>
      </body></html>`,
  },
  {
    id: 'r5b-063',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Luxury Replicas <sales@swisswatch-replica.cn>',
    to: 'sam@kellerworks.com',
    subject: 'Rolex from $199 - look like a millionaire',
    text: t`
      Finest Swiss Replica Watches!

      Rolex, Omega, Breitling, Cartier, Tag Heuer, Patek Philippe, IWC and
      more - all famous brands at a fraction of the price.

        * Exact 1:1 replicas, identical weight and markings
        * Automatic movement, sapphire crystal
        * Free shipping worldwide, discreet packaging
        * 1 year warranty

      Rolex Submariner - $229
      Omega Seamaster - $199
      Breitling Navitimer - $249

      Why pay $10,000 when nobody can tell the difference?

      Visit: http://www.swisswatch-replica.cn/

      -----
      To be removed from our list reply with REMOVE as subject.`,
  },
  {
    id: 'r5b-064',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Stock Alert Weekly <alerts@hotstockpicks-weekly.com>',
    to: 'sam@kellerworks.com',
    subject: 'STRONG BUY: CYGX set to EXPLODE this week',
    text: t`
      *** HOT STOCK ALERT ***

      Company: Cygnex Energy Holdings
      Symbol: CYGX (OTC Pink Sheets)
      Current price: $0.14
      5-day target: $0.85
      Rating: STRONG BUY

      Cygnex has just announced a joint venture to develop oil leases in
      West Texas estimated to hold 2 million barrels. Big news is coming and
      the stock is about to go through the roof. Insiders are buying.

      Get in NOW before the press release on Wednesday!

      Remember how fast ZNKO went from $0.08 to $1.20? This could be bigger.

      -------------------------------------------------
      Disclaimer: This newsletter has been compensated 3,000,000 free trading
      shares of CYGX by a third party. We may sell these shares at any time.
      This is not investment advice. Reply REMOVE to be taken off this list.`,
    headers: bulk('<alerts.hotstockpicks-weekly.com>', '<mailto:remove@hotstockpicks-weekly.com>'),
  },
  {
    id: 'r5b-065',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'EuroMillions International <claims.dept@euro-lotto-intl.net>',
    replyTo: 'mr.peter.vandam@yahoo.co.uk',
    to: 'undisclosed-recipients:;',
    subject: 'FINAL NOTIFICATION: Your email has won EUR 1,500,000.00',
    text: t`
      EUROMILLIONS INTERNATIONAL PROMOTIONS
      Ref: EML/2281/06/KW
      Batch: 17/00319/IPD

      ATTENTION: WINNER,

      We are pleased to inform you of the release of the results of the
      EuroMillions International E-mail Lottery programme held on 12th
      March 2006. Your e-mail address attached to ticket number
      056-3349-7210 drew the lucky numbers 7-14-25-31-40 and consequently
      won in the 2nd category.

      You have therefore been approved for a lump sum pay out of
      EUR 1,500,000.00 (One Million Five Hundred Thousand Euros).

      To begin your claim, please contact our fiduciary agent:

        Mr. Peter Van Dam
        Email: mr.peter.vandam@yahoo.co.uk
        Tel: +31 612 345 678

      with the following details: full name, address, telephone, age,
      occupation and the reference numbers above.

      NOTE: Keep this winning information CONFIDENTIAL until your claim has
      been processed, to avoid double claiming.

      Congratulations once again!

      Mrs. Anna de Vries
      Lottery Coordinator`,
  },
  {
    id: 'r5b-066',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Barrister Daniel Okonkwo <d_okonkwo_chambers@hotmail.com>',
    to: 'sam@kellerworks.com',
    subject: 'URGENT AND CONFIDENTIAL BUSINESS PROPOSAL',
    text: t`
      FROM: BARRISTER DANIEL OKONKWO (ESQ)
      OKONKWO & ASSOCIATES CHAMBERS
      LAGOS, NIGERIA

      DEAR FRIEND,

      I AM BARRISTER DANIEL OKONKWO, PERSONAL ATTORNEY TO LATE MR. ROBERT
      KELLER, A FOREIGN CONTRACTOR WITH SHELL PETROLEUM DEVELOPMENT COMPANY
      IN NIGERIA, WHO DIED WITH HIS WIFE AND TWO CHILDREN IN A CAR ACCIDENT
      ON THE SAGAMU EXPRESSWAY IN 2001.

      SINCE THEN I HAVE MADE SEVERAL ENQUIRIES TO LOCATE ANY OF MY CLIENT'S
      EXTENDED RELATIVES, WHICH HAVE PROVED UNSUCCESSFUL. I AM CONTACTING
      YOU BECAUSE YOU SHARE THE SAME LAST NAME WITH MY LATE CLIENT, SO THAT
      THE SUM OF US$12.5 MILLION LEFT IN HIS ACCOUNT CAN BE RELEASED TO YOU
      AS NEXT OF KIN BEFORE IT IS CONFISCATED BY THE BANK.

      I PROPOSE THAT 40% WILL BE FOR YOU, 50% FOR ME AND 10% FOR EXPENSES.
      ALL I REQUIRE IS YOUR HONEST COOPERATION. THIS TRANSACTION IS 100%
      RISK FREE.

      PLEASE REPLY URGENTLY WITH YOUR FULL NAME, PRIVATE TELEPHONE AND FAX
      NUMBER SO WE CAN PROCEED.

      BEST REGARDS,
      BARRISTER DANIEL OKONKWO`,
  },
  {
    id: 'r5b-067',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mrs. Mariam Abacha-Sule <mariam_sule2004@netscape.net>',
    to: 'sam@kellerworks.com',
    subject: 'Assistance needed from a God fearing person',
    text: t`
      Dearest One,

      Please do not be surprised by this letter as I got your contact from
      the chamber of commerce directory and decided to trust you. I am Mrs
      Mariam Sule, widow of late General Ibrahim Sule who was a military
      administrator before his death in 1998.

      Before his death my husband deposited the sum of US$18,000,000
      (Eighteen Million US Dollars) with a security company in Abidjan, Cote
      d'Ivoire, declared as family valuables. Due to the government seizing
      our assets I cannot move this money myself.

      I am asking you to stand as the beneficiary and receive this money on
      my behalf. You will be entitled to 20% of the total sum. I am now
      suffering from cancer and want this money to be used for charity and
      for the education of my son.

      Will you help me? Kindly reply with your direct telephone number and I
      will give you more details.

      May God bless you,
      Mrs Mariam Sule`,
  },
  {
    id: 'r5b-068',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Home Income Opportunity <info@homeincome-2000.com>',
    to: 'sam@kellerworks.com',
    subject: 'Earn $3,000 a week from your kitchen table!!!',
    text: t`
      Dear Friend,

      Are you tired of working for someone else? Would you like to earn
      $3,000 - $5,000 PER WEEK from home, working just a few hours a day?

      THIS IS NOT A SCAM! Thousands of ordinary people are already doing it.
      All you need is a computer and a phone line. No experience required.

      Here's what one of our members says:
        "I was skeptical at first but I made $12,340 in my first month!"
           - J.R., Tulsa, OK

      Our complete starter kit is just $39.95 and comes with a 100% money
      back guarantee. Order today and receive 3 FREE BONUS reports worth
      $297!

      Call our 24 hour order line: 1-888-555-0142

      ******************************************************************
      This message is sent in compliance of the new e-mail bill: Section
      301, paragraph (a)(2)(C) of S. 1618. This message cannot be considered
      spam as long as we include a way to be removed. To be removed from
      our list reply with REMOVE in the subject line.
      ******************************************************************`,
  },
  {
    id: 'r5b-069',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'OEM Software Outlet <orders@cheap-oem-soft.ws>',
    to: 'sam@kellerworks.com',
    subject: 'Adobe Photoshop CS2 $69.95 - Windows XP Pro $49.95',
    html: t`
      <html><head><title>OEM Software</title></head>
      <body>
      <div align="center">
      <h2><font color="#0033CC">Cheap OEM Software - Instant Download!</font></h2>
      <table border="0" cellspacing="6">
      <tr><td><b>Windows XP Professional</b></td><td><s>$299.00</s></td><td><font color="red"><b>$49.95</b></font></td></tr>
      <tr><td><b>Office 2003 Professional</b></td><td><s>$499.00</s></td><td><font color="red"><b>$59.95</b></font></td></tr>
      <tr><td><b>Adobe Photoshop CS2</b></td><td><s>$599.00</s></td><td><font color="red"><b>$69.95</b></font></td></tr>
      <tr><td><b>Macromedia Studio 8</b></td><td><s>$899.00</s></td><td><font color="red"><b>$79.95</b></font></td></tr>
      </table>
      <p>All software is original, fully functional, with serial numbers. Download immediately after payment!</p>
      <p><a href="http://www.cheap-oem-soft.ws/catalog/"><b>Browse all 300+ titles</b></a></p>
      </div>
      </body></html>`,
  },
  {
    id: 'r5b-070',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'PayPal <service@paypal-security.com>',
    to: 'sam@kellerworks.com',
    subject: 'Your PayPal account has been limited',
    text: t`
      Dear PayPal Member,

      We recently noticed one or more attempts to log in to your PayPal
      account from a foreign IP address and we have reasons to believe that
      your account was used by a third party without your authorization.

      If you recently accessed your account while traveling, the unusual log
      in attempts may have been initiated by you. However, if you did not
      initiate the log ins, please visit PayPal as soon as possible to verify
      your identity:

      https://www.paypal.com/cgi-bin/webscr?cmd=_login-run

      Verify your identity is a security measure that will ensure that you
      are the only person with access to the account. If we do not receive
      the appropriate account verification within 48 hours, your account
      will be permanently suspended.

      Thank you for using PayPal!
      The PayPal Team

      Please do not reply to this e-mail. Mail sent to this address cannot be
      answered.`,
    html: t`
      <html><body>
      <img src="http://www.paypal.com/images/paypal_logo.gif"><br>
      <p>Dear PayPal Member,</p>
      <p>We recently noticed one or more attempts to log in to your PayPal account from a foreign IP address and we have reasons to believe that your account was used by a third party without your authorization.</p>
      <p>Please visit PayPal as soon as possible to verify your identity:</p>
      <p><a href="http://210.118.92.41/.pp/webscr/index.php">https://www.paypal.com/cgi-bin/webscr?cmd=_login-run</a></p>
      <p>If we do not receive the appropriate account verification within 48 hours, your account will be permanently suspended.</p>
      <p>Thank you for using PayPal!<br>The PayPal Team</p>
      </body></html>`,
  },
  {
    id: 'r5b-071',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Barclays Bank PLC <ibanking@barclays-online-security.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Barclays Online Banking - Please confirm your details',
    html: t`
      <html><body style="font-family:Arial;font-size:12px">
      <table width="580"><tr><td style="background:#00AEEF;color:#fff;padding:8px"><b>BARCLAYS</b></td></tr>
      <tr><td>
      <p>Dear Valued Customer,</p>
      <p>As part of our continuing commitment to protect your account, we are upgrading our online banking security. All customers are required to confirm their membership number, passcode and memorable word before 30 September 2005.</p>
      <p>Failure to do so may result in temporary suspension of your online banking access.</p>
      <p>Can you please take a moment to confirm your details now?</p>
      <p><a href="http://barclays.co.uk.ib-confirm.ru/login/">Log in to Online Banking</a></p>
      <p>Thank you for banking with Barclays.</p>
      <p style="font-size:10px;color:#777">Barclays Bank PLC. Authorised and regulated by the Financial Services Authority.</p>
      </td></tr></table>
      </body></html>`,
  },
  {
    id: 'r5b-072',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'TargetMail Pro <sales@targetmailpro.net>',
    to: 'sam@kellerworks.com',
    subject: 'Send your ad to 5 MILLION email addresses - $99',
    text: t`
      Hello,

      Would you like to reach millions of potential customers for your web
      design business?

      We have 5,000,000 fresh, verified email addresses, sorted by country
      and category. Our bulletproof mailing servers will deliver your ad
      for just $99 per million, or buy the whole CD with our mailing software
      for $149.

        - 100% deliverable
        - Bulletproof hosting, no complaints
        - Targeted lists: UK businesses, US homeowners, webmasters

      Can I send you a sample of the UK business list?

      Best regards,
      Kevin
      TargetMail Pro

      To be removed from our database please reply with REMOVE.`,
  },
  {
    id: 'r5b-073',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Search Engine Submissions <submit@top10-ranking-guaranteed.com>',
    to: 'webmaster@kellerworks.com',
    subject: 'kellerworks.com - not listed in 412 search engines',
    text: t`
      Dear Webmaster of kellerworks.com,

      We checked your website and found it is NOT listed in 412 of the top
      search engines and directories, including AltaVista, Lycos, Excite,
      HotBot and Ask Jeeves!

      Every day that your site is missing, you are losing customers to your
      competitors.

      For a one-time fee of only $39.95 we will submit kellerworks.com to
      over 400,000 search engines, directories and FFA link pages, and
      GUARANTEE a Top 10 position on Google within 30 days or your money back.

      Would you like us to go ahead with the submission? Simply reply "YES"
      and we will send you the order form.

      Regards,
      Submissions Team`,
  },
  {
    id: 'r5b-074',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'University Degree Program <registrar@degrees-fast.org>',
    to: 'sam@kellerworks.com',
    subject: 'UNIVERSITY DIPLOMAS - no exams, no classes',
    text: t`
      UNIVERSITY DIPLOMAS

      Obtain a prosperous future, money earning power, and the admiration
      of all.

      Diplomas from prestigious non-accredited universities based on your
      present knowledge and life experience.

      No required tests, classes, books, or interviews.

      Bachelors, masters, MBA, and doctorate (PhD) diplomas available in the
      field of your choice.

      No one is turned down.

      Confidentiality assured.

      CALL NOW to receive your diploma within days!!!

      1-206-555-0183

      Call 24 hours a day, 7 days a week, including Sundays and holidays.`,
  },
  {
    id: 'r5b-075',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Natural Health News <health@herbal-vitality-news.info>',
    to: 'sam@kellerworks.com',
    subject: 'Re: your order',
    html: t`
      <html><body bgcolor="#FFFFEE">
      <p align="center"><font size="5" face="Georgia" color="#660000"><b>The all-natural breakthrough doctors don't want you to know about</b></font></p>
      <p align="center"><img src="http://herbal-vitality-news.info/img/bottle.jpg" width="220" height="300"></p>
      <p><font face="Georgia" size="3">100% herbal formula. Clinically proven. Increase energy, stamina and confidence in just 14 days.</font></p>
      <ul>
      <li>No prescription required</li>
      <li>No side effects</li>
      <li>Shipped in a plain package</li>
      </ul>
      <p align="center"><a href="http://herbal-vitality-news.info/order.html"><font size="4"><b>Order now and get 2 bottles FREE</b></font></a></p>
      <p><font size="1">These statements have not been evaluated by the Food and Drug Administration. If you no longer wish to receive our mailings, reply with REMOVE.</font></p>
      </body></html>`,
    headers: bulk(
      '<specials.herbal-vitality-news.info>',
      '<mailto:remove@herbal-vitality-news.info>',
    ),
  },
  {
    id: 'r5b-076',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Debt Relief Now <help@debtfree-consolidate.us>',
    to: 'sam@kellerworks.com',
    subject: 'Cut your credit card debt by up to 60%',
    text: t`
      Drowning in credit card bills?

      Our debt consolidation specialists can reduce your total debt by up to
      60% and combine everything into ONE low monthly payment.

        * Stop harassing collection calls
        * No loan needed, no credit check
        * Free consultation in 60 seconds

      You owe more than $10,000? You QUALIFY. Find out how much you can save:
      http://www.debtfree-consolidate.us/qualify/

      ======================================================
      You are receiving this because you are subscribed to the Financial
      Freedom Newsletter. To unsubscribe, reply REMOVE or write to:
      Debt Relief Now, PO Box 4412, Boca Raton FL 33431`,
    headers: bulk(
      'Financial Freedom Newsletter <ffn.debtfree-consolidate.us>',
      '<mailto:remove@debtfree-consolidate.us>',
    ),
  },
  {
    id: 'r5b-077',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Cable Freedom <cablebox@tv4free-now.com>',
    to: 'sam@kellerworks.com',
    subject: 'Get ALL premium channels FREE - HBO, Showtime, PPV',
    text: t`
      Why pay $80 a month for cable?

      Our NEW digital filter lets you watch ALL premium channels, pay per
      view movies, boxing and adult channels for FREE. Works with all cable
      systems. Installs in 2 minutes. 100% legal for personal use*.

      Special price this week only: $59.95 (was $129.95)

      Order online: http://www.tv4free-now.com

      *Check your local laws.

      Reply with REMOVE in the subject line to be removed from future
      mailings.`,
  },
  {
    id: 'r5b-078',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Golden Palace VIP <vip@goldcasino-bonus.com>',
    to: 'sam@kellerworks.com',
    subject: '$500 FREE welcome bonus - claim before midnight',
    html: t`
      <html><body bgcolor="#000000" text="#FFCC00">
      <center>
      <font face="Arial Black" size="6">WIN BIG TONIGHT!</font><br>
      <font face="Arial" size="4" color="#FFFFFF">We will MATCH your first deposit 100% up to <b>$500</b></font><br><br>
      <table border="0"><tr>
      <td><font color="#FFFFFF">Blackjack</font></td><td><font color="#FFFFFF">Roulette</font></td><td><font color="#FFFFFF">Slots</font></td><td><font color="#FFFFFF">Video Poker</font></td>
      </tr></table><br>
      <a href="http://www.goldcasino-bonus.com/download.exe"><font size="5" color="#00FF00"><b>DOWNLOAD FREE CASINO NOW</b></font></a><br><br>
      <font size="1" color="#888888">Offer valid for new players only. Must be 18 or over. To unsubscribe, click <a href="http://www.goldcasino-bonus.com/unsub">here</a>.</font>
      </center>
      </body></html>`,
  },
  {
    id: 'r5b-079',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Sarah Link <sarah.linkbuild@gmail.com>',
    to: 'sam@kellerworks.com',
    subject: 'Link exchange with kellerworks.com?',
    text: t`
      Hi Webmaster,

      I was visiting your website kellerworks.com and I really liked the
      content. I think our visitors would find it useful, so I have already
      added a link to your site on our resources page:

      http://www.best-web-resources-directory.info/design/page17.html

      Would you be willing to link back to us? Here is the HTML code:

        <a href="http://www.best-web-resources-directory.info">Web Resources</a>

      Please let me know once you've placed the link. Are you also
      interested in exchanging links with our other 40 sites (PR4-PR6)?

      Regards,
      Sarah
      Link Exchange Manager`,
  },
  {
    id: 'r5b-080',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Ink Depot Direct <deals@inkdepot-direct.com>',
    to: 'sam@kellerworks.com',
    subject: 'Printer ink 80% off -- HP, Epson, Canon, Lexmark',
    html: t`
      <html><body>
      <table width="100%" bgcolor="#EEEEEE"><tr><td align="center">
      <font face="Tahoma" size="5"><b>SAVE UP TO 80% ON PRINTER INK &amp; TONER</b></font><br>
      <font face="Tahoma" size="2">Compatible and remanufactured cartridges for all major brands</font>
      </td></tr></table>
      <table width="100%" cellpadding="5">
      <tr><td>HP 45 Black</td><td>$7.95</td><td>Epson T0321 Black</td><td>$4.95</td></tr>
      <tr><td>HP 78 Colour</td><td>$9.95</td><td>Canon BCI-6 (6 pack)</td><td>$11.95</td></tr>
      </table>
      <p align="center"><a href="http://www.inkdepot-direct.com/"><b>FREE SHIPPING on orders over $40 - ORDER NOW</b></a></p>
      <p align="center"><font size="1">This is a one-time mailing. If you wish to be removed from our list, reply with REMOVE in the subject line. Ink Depot Direct, 1200 Commerce Blvd, Suite 300, Las Vegas NV</font></p>
      </body></html>`,
  },
  // ---------------------------------------------------------------- needs_reply
  {
    id: 'r5b-081',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Andy Blake <andy_blake77@hotmail.com>',
    to: 'sam@kellerworks.com',
    subject: 'tent',
    text: t`
      Sam mate,

      Any chance I could borrow your big tent for the weekend after next?
      We're doing the Brecon Beacons with the kids and ours has finally
      given up (the zip went at Glastonbury, long story). I'd bring it back
      dry, promise.

      Andy

      _________________________________________________________________
      Express yourself with MSN Messenger 6.0 -- download today! http://messenger.msn.co.uk`,
  },
  {
    id: 'r5b-082',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Clare Hennessy <clare.hennessy@yahoo.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Camera advice please!',
    text: t`
      Hi Sam,

      You're the only person I know who knows about this stuff. I want to
      get a digital camera before we go to Italy in June. It's between the
      Canon PowerShot A80 (£279 at Jessops) and the Olympus C-5060 (£349).
      Is the Olympus worth the extra? I mostly want to take landscapes and
      I'm rubbish with settings.

      Also how big a memory card do I need for two weeks? The man in the
      shop said 256MB but I think he just wanted to sell me one.

      Thanks!! Hope Lucy's well.
      Clare x`,
  },
  {
    id: 'r5b-083',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Jo Patel <jo@kellerworks.com>',
    to: 'sam@kellerworks.com',
    subject: 'staging ftp login?',
    text: t`
      Sam, can you send me the FTP login for the staging box? I need to put
      the new Marsh Florists gallery up so Helen can see it before 4. The
      one in the wiki doesn't work anymore, I guess you changed it after the
      ssh thing.

      Jo`,
  },
  {
    id: 'r5b-084',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Richard Cope <richard@copeandsons-hardware.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Online shop - can you quote?',
    text: t`
      Dear Sam,

      Following on from our chat at the Chamber of Commerce breakfast, we
      would like to start selling some of our range online. We have about
      400 lines we'd want to put up to start with, and we'd need to take
      cards (we already have a merchant account with HSBC).

      A friend of mine uses something called osCommerce. Is that what you
      would recommend, and could you give me a rough figure for setting it
      up, including putting the products on? We'd like to be up and running
      before the Christmas trade if at all possible.

      Kind regards,

      Richard Cope
      Cope & Sons Hardware
      Tel: 01454 412 889`,
  },
  {
    id: 'r5b-085',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Margaret Ellis <m.ellis@ellisbedandbreakfast.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Rude messages in the guestbook',
    text: t`
      Hello Sam,

      There are lots of horrible messages appearing in the guestbook on our
      website, advertising casinos and worse. Some of our guests have
      mentioned it. I have been deleting them with the admin page but there
      are dozens every day now.

      Is there anything you can do to stop them? I'd be happy to just get rid
      of the guestbook altogether if that's easier. What would you suggest?

      Best wishes,
      Margaret Ellis
      Ellis B&B, Clevedon`,
  },
  {
    id: 'r5b-086',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Theo Marchetti <theo@marchetti.ws>',
    to: 'sam@kellerworks.com',
    subject: 'your image-spam rules (off-list)',
    text: t`
      Hi Sam,

      Taking this off the SA list so as not to clutter it. You mentioned in
      your reply that you've got a set of local rules that's catching about
      90% of the GIF stock spam without FuzzyOCR. Would you mind sending me
      the .cf file? I'll happily credit you if I end up posting a cleaned-up
      version to the wiki. Also curious what scores you gave them, I'm a bit
      nervous about false positives on our customers' newsletters.

      Cheers,
      Theo`,
  },
  {
    id: 'r5b-087',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Sue Ferris <sue.ferris@btinternet.com>',
    to: 'sam@kellerworks.com',
    subject: 'Sunday 3rd - can you lead?',
    text: t`
      Hi Sam,

      I'm away on the 3rd (sister's wedding) and need someone to lead the
      club run. You did the Cheddar Gorge one brilliantly last year - any
      chance you could do it again, or something similar? Let me know by
      Wednesday so I can put it on the list.

      Sue`,
  },
  {
    id: 'r5b-088',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Dennis Hartley <dhartley@earthlink.net>',
    to: 'sam@kellerworks.com',
    subject: 'Talk for the May meeting?',
    text: t`
      Hi Sam,

      Not on the list because I'm twisting arms individually :)

      Would you be up for doing a talk at the May BrisLUG meeting? Something
      on Apache virtual hosting would go down well, loads of people have been
      asking about running several sites on one box. 30-40 minutes, any
      format you like. We'll have a projector this time, honest.

      Let me know either way.

      Dennis`,
  },
  {
    id: 'r5b-089',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Nick Ashworth <nick.ashworth@tiscali.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Would you eyeball my module before I upload it?',
    text: t`
      Sam,

      Sorry to bother you directly. I've finally got round to packaging up
      the Royal Mail postcode lookup code as a proper module
      (Geo::Postcode::UK::Lookup, name negotiable) and I'm about to apply for
      a PAUSE id. Since you've actually got stuff on CPAN, would you have
      half an hour to look over the tarball before I embarrass myself in
      public? Mostly worried about the Makefile.PL and whether the tests are
      sensible.

      http://www.ashworth.me.uk/tmp/Geo-Postcode-UK-Lookup-0.01.tar.gz

      No rush, sometime this week or next would be great.

      Nick`,
  },
  {
    id: 'r5b-090',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Mum <brenda.keller@aol.com>',
    to: 'sam@kellerworks.com',
    subject: 'photos',
    text: t`
      Hello love

      Dad got the camera working and we took lots of photos at Auntie Jean's
      party, but we can't work out how to get them on the computer. We
      plugged the wire in and nothing happens. Do we need to install
      something? The camera is a Fuji FinePix and the computer is the one you
      set up for us (Windows XP).

      Could you ring us at the weekend and talk Dad through it?

      Lots of love
      Mum xx`,
  },
  {
    id: 'r5b-091',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Paul Granger <paul@grangerestates.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Re: Homepage mockups v2',
    text: t`
      Sam,

      We like B best but the partners want the property search box bigger
      and higher up, like on A. Can you do a B with that change? Also do we
      still need the Flash intro, Jenny thinks it puts people off. What's
      your view?

      Paul

      -----Original Message-----
      From: Sam Keller [mailto:sam@kellerworks.com]
      Sent: 14 February 2005 17:22
      To: Paul Granger
      Subject: Homepage mockups v2

      Hi Paul,

      Attached are the two revised homepage options (A and B) as discussed
      on Friday. A keeps the current layout with the new colours, B moves
      the featured properties to a three-column grid.

      Let me know which direction you'd like to go in.

      Sam`,
    headers: { 'In-Reply-To': '<000c01c512b5$4f7a2e30$0201a8c0@kellerworks>' },
  },
  {
    id: 'r5b-092',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Lisa Tran <lisa.tran@gmail.com>',
    to: 'sam@kellerworks.com',
    subject: 'website for my yoga classes',
    text: t`
      Hi,

      I found your site through Google (searching "web design Bristol"). I
      teach yoga classes in Redland and Clifton and I'd like a simple website
      with the timetable, prices and a contact form. Maybe 5 pages. How much
      would something like that cost, and how long does it take?

      Thanks,
      Lisa Tran
      07791 228 310`,
  },
  {
    id: 'r5b-093',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Tom Adeyemi <tom.adeyemi@students.uwe.example.ac.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Placement year enquiry',
    text: t`
      Dear Mr Keller,

      I'm a second-year BSc Computing student at UWE and I'm looking for a
      placement for my sandwich year starting in July 2007. I've done quite a
      lot of PHP and MySQL, some Perl, and I'm comfortable with CSS layouts
      (my own site is at http://www.tomadeyemi.co.uk).

      I met you briefly at the BrisLUG installfest and you mentioned your
      studio sometimes takes on students. Would you consider me for a
      placement, or would you be willing to meet for a chat about it? I've
      attached my CV.

      Yours sincerely,
      Tom Adeyemi`,
  },
  {
    id: 'r5b-094',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Steve Morgan <steve.morgan@orangehome.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'lunch?',
    text: t`
      Long time no see! I'm in town on Thursday for a client meeting that
      finishes at 12. Fancy lunch? Could do the Watershed around 12.30. Be
      good to hear how the studio's going.

      Steve`,
  },
  {
    id: 'r5b-095',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Helen Marsh <helen@marshflorists.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Fw: Domain name expiration notice - do I need to pay this?',
    text: t`
      Sam, this came in the post (I've typed up the important bit). It says
      our domain is expiring and I have to pay £45 or we lose it. I thought
      you'd sorted all that? Should I pay it or ignore it?

      Helen

      ----- Forwarded text -----
      DOMAIN REGISTRY OF EUROPE
      DOMAIN NAME EXPIRATION NOTICE

      Domain name: MARSHFLORISTS.CO.UK
      Expiration date: 30 April 2006

      You must renew your domain name to retain exclusive rights to it on the
      web. Failure to renew by the expiration date may result in a loss of
      your online identity. 2 year renewal: £45.00

      This is not a bill. You are under no obligation to pay the amount
      stated unless you accept this offer.
      ----- End forwarded text -----`,
  },
  {
    id: 'r5b-096',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Gary Hutchins <gazzah@blueyonder.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'FW: FW: FW: URGENT VIRUS WARNING!!!! pass it on',
    text: t`
      Sam is this true?? Got it from Carol's sister. Should I delete that
      file like it says, I've got it on my computer!

      G

      >>>> -----Original Message-----
      >>>> Subject: URGENT VIRUS WARNING!!!!
      >>>>
      >>>> A virus is spreading by email that hides in a file called
      >>>> jdbgmgr.exe with a little teddy bear icon. It lies dormant for
      >>>> 14 days and then destroys your hard drive. Norton and McAfee
      >>>> CANNOT detect it!!!
      >>>>
      >>>> Go to Start, Find, Files or Folders and search for jdbgmgr.exe.
      >>>> If you find it DELETE IT IMMEDIATELY.
      >>>>
      >>>> SEND THIS TO EVERYONE IN YOUR ADDRESS BOOK!!!!`,
  },
  {
    id: 'r5b-097',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Jo Patel <jo@kellerworks.com>',
    to: 'sam@kellerworks.com',
    subject: 'Henderson meeting Tuesday',
    text: t`
      Sam,

      The dentist has moved my appointment to Tuesday 2pm, which is exactly
      when the Henderson kickoff is. Could you take it on your own? I've put
      my notes and the draft sitemap in the shared folder. If not I'll try to
      move the dentist again, just tell me by tomorrow.

      Jo`,
  },
  {
    id: 'r5b-098',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Anne Prior <accounts@granger-estates.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Invoice KW-2005-117',
    text: t`
      Dear Sam,

      I'm the new accounts assistant at Granger Estates. Paul has asked me
      to deal with your invoice KW-2005-117 for £2,400. Our year end is 31
      March, so would it be possible to reissue it as two invoices, £1,200
      dated March and £1,200 dated April? If that's a problem please let me
      know and I'll talk to Paul.

      Many thanks,
      Anne Prior
      Accounts, Granger Estates Ltd
      Tel: 0117 973 4410`,
  },
  {
    id: 'r5b-099',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Rachel Doyle <rachel.doyle@bristoleveningpost.example.co.uk>',
    to: 'sam@kellerworks.com',
    subject: 'Evening Post feature - small businesses online',
    text: t`
      Hello Sam,

      I'm writing a feature for next Tuesday's business pages on how small
      Bristol firms are using the internet, and Richard Cope at Cope & Sons
      suggested I speak to you as the man who built their online shop.

      Could you spare 15 minutes on the phone on Thursday or Friday? I'd
      mainly like to ask what it typically costs a small shop to get online,
      and what mistakes people make. A quote or two would be great.

      My direct line is 0117 934 3000 ext 2214.

      Best wishes,
      Rachel Doyle
      Business reporter, Bristol Evening Post`,
  },
  {
    id: 'r5b-100',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Wendy Okafor <wendy.okafor@gmail.com>',
    to: 'sam@kellerworks.com',
    subject: 'session patch you mentioned',
    text: t`
      Hi Sam,

      At the meetup you said you had a patch for the mod_python session
      locking problem (the one where a second request hangs until the first
      finishes). I'm hitting exactly that now the booking app has moved to
      mod_python after all. Could you send it over, or point me at where you
      posted it? And is it against 3.2.8 or 3.2.10?

      Thanks!
      Wendy`,
  },
];
