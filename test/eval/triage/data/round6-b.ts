import { bulk, type EvalEmail, t } from '../eval-email.js';

/**
 * Round 6, held-out batch B: mail in the style of 2000-2008. Informational mail is mostly
 * technical mailing-list traffic (mail-server admins, a Linux distribution users list, a web
 * developers list, security announcements, a local LUG, an anti-spam tools users list where
 * spam subjects and filter rules are quoted and discussed), plus digests, tech-news newsletters,
 * server reports and receipts from online shops of the era. Needs-reply mail is friends,
 * colleagues, clients and list members writing to Sam directly. Spam is the bulk of the era:
 * HTML offers, mortgage, pharmacy, OEM software, diplomas, stock tips, 419 letters, "remove" lines.
 */
export const ROUND_6B: EvalEmail[] = [
  {
    id: 'r6b-001',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Henrik Moller <hmoller@netcetera.dk>',
    to: 'mx-admins@lists.mailops.org',
    subject: 'Re: smtpd_recipient_restrictions order after upgrade to 2.3',
    headers: {
      ...bulk(
        'MX Admins <mx-admins.lists.mailops.org>',
        '<mailto:mx-admins-request@lists.mailops.org?subject=unsubscribe>',
      ),
      'X-Mailman-Version': '2.1.9',
    },
    text: t`
      On Tue, 14 Aug 2007 09:12:44 +0200, Paul Greaves wrote:
      > After the upgrade every mail from our own webserver gets
      > "Relay access denied". Nothing changed in main.cf as far as I know.

      You have reject_unauth_destination before permit_mynetworks. Order
      matters, the first match wins. It should read:

        smtpd_recipient_restrictions =
            permit_mynetworks,
            permit_sasl_authenticated,
            reject_unauth_destination,
            reject_rbl_client zen.spamhaus.org

      Then "postfix reload" and watch the log. Also double-check that the
      webserver's address is actually in mynetworks, "postconf mynetworks"
      will tell you what Postfix thinks it is.

      --
      Henrik`,
  },
  {
    id: 'r6b-002',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Paul Greaves <pgreaves@shropnet.co.uk>',
    to: 'mx-admins@lists.mailops.org',
    subject: 'Re: smtpd_recipient_restrictions order after upgrade to 2.3',
    headers: {
      ...bulk(
        'MX Admins <mx-admins.lists.mailops.org>',
        '<mailto:mx-admins-request@lists.mailops.org?subject=unsubscribe>',
      ),
      'X-Mailman-Version': '2.1.9',
    },
    text: t`
      That was it. The Debian package had shipped a new main.cf and I merged
      it by hand, badly. Working again. Thanks Henrik and everyone who replied.

      Paul`,
  },
  {
    id: 'r6b-003',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Rob Tennant <rob@tennant-it.net>',
    to: 'mx-admins@lists.mailops.org',
    subject: 'greylisting - worth it in 2006?',
    headers: {
      ...bulk(
        'MX Admins <mx-admins.lists.mailops.org>',
        '<mailto:mx-admins-request@lists.mailops.org?subject=unsubscribe>',
      ),
      'X-Mailman-Version': '2.1.5',
    },
    text: t`
      Hi all,

      We host mail for about 40 small businesses on two boxes (Postfix + Courier
      IMAP, amavisd-new with ClamAV and SA). Spam is about 85% of incoming now
      and the SA load is killing the second box in the mornings.

      I'm thinking of putting postgrey in front. Anyone running it at a similar
      size? Main worry is customers ringing up because a quote from a new
      supplier arrived 15 minutes late. Did you whitelist the big ISPs, or just
      use the default whitelist_clients file?

      Any numbers on how much it cut would be great.

      Rob Tennant
      Tennant IT Services, Ludlow`,
  },
  {
    id: 'r6b-004',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Marta Kowalczyk <marta.k@hostline.pl>',
    to: 'mx-admins@lists.mailops.org',
    subject: 'Re: greylisting - worth it in 2006?',
    headers: {
      ...bulk(
        'MX Admins <mx-admins.lists.mailops.org>',
        '<mailto:mx-admins-request@lists.mailops.org?subject=unsubscribe>',
      ),
      'X-Mailman-Version': '2.1.5',
    },
    text: t`
      Rob Tennant wrote:
      > I'm thinking of putting postgrey in front. Anyone running it at a
      > similar size?

      About 3000 mailboxes here, postgrey since last spring. Rejected volume
      went down roughly 60% on the first day and stayed there. Load on the
      content filter dropped accordingly.

      Things that bit us:
       - big senders with pools of outgoing servers (one bank retried from a
         different IP every time, took hours). Add them to whitelist_clients.
       - --delay=300 is plenty, we started with the default and got complaints.
       - --auto-whitelist-clients=5 helps a lot for regular correspondents.

      Tell your customers in advance, then nobody rings.

      Marta`,
  },
  {
    id: 'r6b-005',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Jens Albrecht <ja@kernelpanic.de>',
    to: 'mx-admins@lists.mailops.org',
    subject: 'ANNOUNCE: policyd-lite 0.4 released',
    headers: {
      ...bulk(
        'MX Admins <mx-admins.lists.mailops.org>',
        '<mailto:mx-admins-request@lists.mailops.org?subject=unsubscribe>',
      ),
    },
    text: t`
      policyd-lite 0.4 is out.

      Changes since 0.3:
        * per-sender rate limits can now be read from a CDB file
        * fixed a crash when the client sent an empty HELO
        * IPv6 client addresses are logged correctly
        * new option --dry-run to log decisions without acting on them

      Tarball and GPG signature:
        http://www.kernelpanic.de/software/policyd-lite/policyd-lite-0.4.tar.gz
        http://www.kernelpanic.de/software/policyd-lite/policyd-lite-0.4.tar.gz.asc

      Bug reports to me directly please, not to the list.

      Jens`,
  },
  {
    id: 'r6b-006',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Doug Ferris <dferris@midstatecomm.net>',
    to: 'mx-admins@lists.mailops.org',
    subject: 'Is anyone else being listed by SORBS today??',
    headers: {
      ...bulk(
        'MX Admins <mx-admins.lists.mailops.org>',
        '<mailto:mx-admins-request@lists.mailops.org?subject=unsubscribe>',
      ),
    },
    text: t`
      Three of our outbound relays got listed this morning in the dynamic
      zone, which is nonsense, they've been static for 6 years and have
      proper PTR records. Half of our customers' mail to one large hosting
      company is bouncing with 554.

      Is this happening to others or is it just us? Any idea how long a
      delisting request takes these days?

      --
      Doug Ferris
      Network Operations, MidState Communications`,
  },
  {
    id: 'r6b-007',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'mx-admins-request@lists.mailops.org',
    to: 'mx-admins@lists.mailops.org',
    subject: 'mx-admins Digest, Vol 38, Issue 12',
    headers: {
      ...bulk(
        'MX Admins <mx-admins.lists.mailops.org>',
        '<mailto:mx-admins-request@lists.mailops.org?subject=unsubscribe>',
      ),
      'X-Mailman-Version': '2.1.9',
    },
    text: t`
      Send mx-admins mailing list submissions to
      	mx-admins@lists.mailops.org

      To subscribe or unsubscribe via the World Wide Web, visit
      	http://lists.mailops.org/mailman/listinfo/mx-admins
      or, via email, send a message with subject or body 'help' to
      	mx-admins-request@lists.mailops.org

      When replying, please edit your Subject line so it is more specific
      than "Re: Contents of mx-admins digest..."

      Today's Topics:

         1. Re: SPF softfail vs fail for a small domain (Alan Birch)
         2. Courier maildrop quota warnings not sent (Ines Sauter)
         3. Re: Is anyone else being listed by SORBS today?? (Doug Ferris)
         4. Re: Is anyone else being listed by SORBS today?? (Marta Kowalczyk)

      ----------------------------------------------------------------------

      Message: 1
      Date: Wed, 12 Mar 2008 10:41:02 +0000
      From: Alan Birch <alan@birchhosting.co.uk>
      Subject: Re: SPF softfail vs fail for a small domain

      Start with ~all, watch your logs for a month, then move to -all once
      you're sure every legitimate sender is in the record. Forwarders will
      still break it, nothing to be done about that.

      ------------------------------

      Message: 2
      Date: Wed, 12 Mar 2008 11:05:19 +0100
      From: Ines Sauter <ines@sauter-net.ch>
      Subject: Courier maildrop quota warnings not sent

      Quota is enforced fine (mail bounces at 100%) but users never get the
      warning at 90%. quotawarnmsg is in /etc/courier. Any ideas?

      ------------------------------

      [messages 3-4 trimmed]

      End of mx-admins Digest, Vol 38, Issue 12
      *****************************************`,
  },
  {
    id: 'r6b-008',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Gary Lindqvist <gary.l@vostok.se>',
    to: 'mx-admins@lists.mailops.org',
    subject: 'Re: Exim vs Postfix for a small ISP',
    headers: {
      ...bulk(
        'MX Admins <mx-admins.lists.mailops.org>',
        '<mailto:mx-admins-request@lists.mailops.org?subject=unsubscribe>',
      ),
    },
    text: t`
      > Which one would you pick today if you started from scratch?

      Honestly whichever one the person on call at 3am understands. We run
      Exim because I can read the config after a beer; my colleague swears
      by Postfix for the same reason. Both will do a small ISP without
      breaking a sweat. Please let's not have this thread again :-)

      Gary`,
  },
  {
    id: 'r6b-009',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: "Kevin O'Dwyer <kodwyer@eircom.net>",
    to: 'debian-user@lists.debian.org',
    subject: "sarge -> etch upgrade: X won't start, nv driver",
    headers: {
      ...bulk(
        '<debian-user.lists.debian.org>',
        '<mailto:debian-user-request@lists.debian.org?subject=unsubscribe>',
      ),
      'X-Mailing-List': '<debian-user@lists.debian.org> archive/latest/287311',
    },
    text: t`
      Hello list,

      Did the dist-upgrade from sarge to etch last night on my desktop
      (GeForce 6200). Everything went fine except X. gdm flashes and drops me
      to the console. Xorg.0.log ends with:

        (EE) NV(0): Failed to initialize the NV driver
        (EE) Screen(s) found, but none have a usable configuration.

      xorg.conf still has Driver "nv". I had the nvidia binary driver from
      the sarge days installed at some point, maybe leftovers?

      Any pointers appreciated. I'm writing this from the laptop.

      Kevin`,
  },
  {
    id: 'r6b-010',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Tomas Lindgren <tlindgren@gmail.com>',
    to: 'debian-user@lists.debian.org',
    subject: "Re: sarge -> etch upgrade: X won't start, nv driver",
    headers: {
      ...bulk(
        '<debian-user.lists.debian.org>',
        '<mailto:debian-user-request@lists.debian.org?subject=unsubscribe>',
      ),
    },
    text: t`
      On Sat, Apr 14, 2007 at 11:02:37PM +0100, Kevin O'Dwyer wrote:
      > I had the nvidia binary driver from the sarge days installed at some
      > point, maybe leftovers?

      Very likely. The old installer replaces libGL and libglx.so. Check

        ls -l /usr/lib/xorg/modules/extensions/libglx.so

      If it points somewhere odd, reinstall xserver-xorg-core and
      libgl1-mesa-glx with --reinstall. Or run "dpkg-reconfigure
      xserver-xorg" and let it regenerate the config.

      Please don't top-post if you reply, and no need to CC me, I read the
      list.

      Regards,
      Tomas`,
  },
  {
    id: 'r6b-011',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Sandra Voigt <svoigt@t-online.de>',
    to: 'debian-user@lists.debian.org',
    subject: '[SOLVED] Re: sound stops after suspend on Thinkpad T42',
    headers: {
      ...bulk(
        '<debian-user.lists.debian.org>',
        '<mailto:debian-user-request@lists.debian.org?subject=unsubscribe>',
      ),
    },
    text: t`
      For the archives: adding snd_intel8x0 to SUSPEND_MODULES in
      /etc/default/acpi-support fixed it. Sound survives suspend now.

      Thanks to everyone who replied off-list too.

      Sandra`,
  },
  {
    id: 'r6b-012',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Chris Haldane <chaldane@uwo.ca>',
    to: 'debian-user@lists.debian.org',
    subject: 'apt-get keeps wanting to remove kde after pinning',
    headers: {
      ...bulk(
        '<debian-user.lists.debian.org>',
        '<mailto:debian-user-request@lists.debian.org?subject=unsubscribe>',
      ),
    },
    text: t`
      I'm running etch with a few packages from testing, pinned like this in
      /etc/apt/preferences:

        Package: *
        Pin: release a=stable
        Pin-Priority: 700

        Package: *
        Pin: release a=testing
        Pin-Priority: 650

      After installing iceweasel from testing, "apt-get upgrade" now wants to
      remove kde, kdebase and about 60 other packages. Obviously I said no.
      What did I do wrong? Is mixing like this just a bad idea?

      --
      Chris Haldane
      Dept. of Physics & Astronomy`,
  },
  {
    id: 'r6b-013',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ray Olsen <ray.olsen@cox.net>',
    to: 'debian-user@lists.debian.org',
    subject: 'Re: apt-get keeps wanting to remove kde after pinning',
    headers: {
      ...bulk(
        '<debian-user.lists.debian.org>',
        '<mailto:debian-user-request@lists.debian.org?subject=unsubscribe>',
      ),
    },
    text: t`
      On 11/02/07 14:20, Chris Haldane wrote:
      [snip]
      > Is mixing like this just a bad idea?

      Mixing stable and testing is a recipe for exactly this. Iceweasel from
      testing dragged in a newer libc6 and libstdc++ and now half of KDE no
      longer satisfies its dependencies against stable.

      Use backports.org instead, or build the testing source package on etch
      with "apt-get build-dep" and "apt-get -b source".

      --
      Ray Olsen
      Jefferson LA  USA`,
  },
  {
    id: 'r6b-014',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Fedora Announce <announce@fedoraproject.org>',
    to: 'fedora-announce-list@redhat.com',
    subject: 'Fedora Core 6 (Zod) released',
    headers: bulk(
      'Fedora Announcements <fedora-announce-list.redhat.com>',
      '<https://www.redhat.com/mailman/listinfo/fedora-announce-list>, <mailto:fedora-announce-list-request@redhat.com?subject=unsubscribe>',
    ),
    text: t`
      The Fedora Project is pleased to announce the release of Fedora Core 6,
      code-named Zod.

      Highlights of this release:
       - Compiz and AIGLX for a 3D desktop on supported hardware
       - GNOME 2.16 and KDE 3.5.4
       - a single kernel for SMP and uniprocessor systems
       - faster package installation thanks to improvements in yum
       - Xen virtualization with a graphical manager

      Download it from http://fedora.redhat.com/Download/ or via BitTorrent
      at http://torrent.fedoraproject.org/.

      Release notes: http://fedora.redhat.com/docs/release-notes/fc6/

      Thanks to all contributors, testers and mirror operators.

      --
      The Fedora Project`,
  },
  {
    id: 'r6b-015',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'mike sutcliffe <msutcliffe@blueyonder.co.uk>',
    to: 'ubuntu-users@lists.ubuntu.com',
    subject: 'wireless on dapper - ndiswrapper or madwifi?',
    headers: {
      ...bulk(
        'Ubuntu Help and User Discussions <ubuntu-users.lists.ubuntu.com>',
        '<https://lists.ubuntu.com/mailman/listinfo/ubuntu-users>, <mailto:ubuntu-users-request@lists.ubuntu.com?subject=unsubscribe>',
      ),
    },
    text: t`
      hi all

      got a cheap Belkin pcmcia card (F5D7010, lspci says Broadcom 4318) and
      can't get it going on dapper. is ndiswrapper still the way to go with
      this chip or is there a native driver now? bcm43xx loads but iwlist
      scan finds nothing.

      thanks
      mike`,
  },
  {
    id: 'r6b-016',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Laura Brennan <laura@brennandesign.com>',
    to: 'css-d@lists.webdevhub.org',
    subject: '[css-d] IE6 double margin on floated sidebar',
    headers: {
      ...bulk(
        'css-d <css-d.lists.webdevhub.org>',
        '<mailto:css-d-request@lists.webdevhub.org?subject=unsubscribe>',
      ),
    },
    text: t`
      Hi everyone,

      Classic problem I think, but I can't make it go away. Two-column layout,
      sidebar is float:left with margin-left:20px. In Firefox and Safari it
      sits 20px from the edge, in IE6 it's 40px and the content column drops
      below it.

      Test page: http://www.brennandesign.com/test/layout3.html

      I've tried adding a width to the container, no change. What am I
      missing?

      Laura

      ______________________________________________________________________
      css-discuss [css-d@lists.webdevhub.org]
      List wiki/FAQ -- http://css-discuss.webdevhub.org/
      Supported by evolt.org -- http://www.evolt.org/help_support_evolt/`,
  },
  {
    id: 'r6b-017',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Zach Hollins <zach@hollinsweb.net>',
    to: 'css-d@lists.webdevhub.org',
    subject: 'Re: [css-d] IE6 double margin on floated sidebar',
    headers: {
      ...bulk(
        'css-d <css-d.lists.webdevhub.org>',
        '<mailto:css-d-request@lists.webdevhub.org?subject=unsubscribe>',
      ),
    },
    text: t`
      Laura Brennan wrote:
      > In IE6 it's 40px and the content column drops below it.

      That's the doubled float-margin bug. Add display:inline to the floated
      element. It's harmless in every other browser because floats are block
      level anyway:

        #sidebar { float: left; margin-left: 20px; display: inline; }

      Position Is Everything has a write-up if you want the gory details.

      Z.

      ______________________________________________________________________
      css-discuss [css-d@lists.webdevhub.org]
      List wiki/FAQ -- http://css-discuss.webdevhub.org/`,
  },
  {
    id: 'r6b-018',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Tom Ashby <tom@ashbyweb.co.uk>',
    to: 'webdev@lists.webdevhub.org',
    subject: '[webdev] PHP4 end of life - what are your hosts doing?',
    headers: {
      ...bulk(
        'Web developers <webdev.lists.webdevhub.org>',
        '<mailto:webdev-request@lists.webdevhub.org?subject=unsubscribe>',
      ),
    },
    text: t`
      With PHP 4 support ending on 31 December, I'm curious what your shared
      hosts are doing. Mine has sent one email saying "PHP 5 is available via
      .htaccess" and nothing about switching off 4.

      I've got about fifteen client sites still on old osCommerce and a
      homegrown CMS that uses register_globals everywhere. Not looking forward
      to this.

      Tom`,
  },
  {
    id: 'r6b-019',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Priya Raman <priya@pixelpantry.com>',
    to: 'webdev@lists.webdevhub.org',
    subject: 'Re: [webdev] prototype.js vs jQuery for a new project',
    headers: {
      ...bulk(
        'Web developers <webdev.lists.webdevhub.org>',
        '<mailto:webdev-request@lists.webdevhub.org?subject=unsubscribe>',
      ),
    },
    text: t`
      > Is jQuery mature enough yet or should I stick with Prototype and
      > script.aculo.us which I know?

      We moved to jQuery 1.1 on two projects this spring. Smaller, plays
      nicely with other code because it doesn't extend native objects, and
      the selector engine is lovely. The plugin quality varies a lot though.

      If your team knows Prototype and the project is due in six weeks, I'd
      stay with what you know.

      Priya`,
  },
  {
    id: 'r6b-020',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Webdev list moderator <webdev-owner@lists.webdevhub.org>',
    to: 'webdev@lists.webdevhub.org',
    subject: '[webdev] MOD: job posts and OT threads',
    headers: {
      ...bulk(
        'Web developers <webdev.lists.webdevhub.org>',
        '<mailto:webdev-request@lists.webdevhub.org?subject=unsubscribe>',
      ),
    },
    text: t`
      Hi all,

      Quick reminder since we've had a few this week: job offers go to the
      webdev-jobs list, not here. And please mark off-topic threads with [OT]
      in the subject so people can filter them.

      The "best editor" thread is now closed. You all use different editors.
      That's fine.

      Thanks,
      the mods`,
  },
  {
    id: 'r6b-021',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Nick Hollis <nhollis@hotmail.com>',
    to: 'webdev@lists.webdevhub.org',
    subject: '[webdev] form mail script being abused?',
    headers: {
      ...bulk(
        'Web developers <webdev.lists.webdevhub.org>',
        '<mailto:webdev-request@lists.webdevhub.org?subject=unsubscribe>',
      ),
    },
    text: t`
      One of my client's contact forms (plain PHP mail() script) has started
      sending hundreds of messages an hour. Host has suspended the account.
      Looking at the logs, the POSTs have things like

        email=foo@bar.com%0ABcc:list1@aol.com,list2@aol.com

      in the fields. Is this header injection? How do I stop it besides
      taking the form down? Sanitising with strip_tags obviously didn't help.

      Nick`,
  },
  {
    id: 'r6b-022',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Martin Hessler <mhessler@debian.org>',
    to: 'debian-security-announce@lists.debian.org',
    subject: '[SECURITY] [DSA 1483-1] New net-snmp packages fix denial of service',
    headers: {
      ...bulk(
        '<debian-security-announce.lists.debian.org>',
        '<mailto:debian-security-announce-request@lists.debian.org?subject=unsubscribe>',
      ),
      'X-Debian': 'PGP check passed for security officers',
    },
    text: t`
      -----BEGIN PGP SIGNED MESSAGE-----
      Hash: SHA1

      - ------------------------------------------------------------------------
      Debian Security Advisory DSA-1483-1                  security@debian.org
      http://www.debian.org/security/                           Martin Hessler
      February 02, 2008                     http://www.debian.org/security/faq
      - ------------------------------------------------------------------------

      Package        : net-snmp
      Vulnerability  : design error
      Problem type   : remote
      Debian-specific: no

      The SNMP agent in net-snmp does not properly handle GETBULK requests
      with large max-repetitions values, which allows remote attackers to
      cause a denial of service.

      For the stable distribution (etch), this problem has been fixed in
      version 5.2.3-7etch2.

      We recommend that you upgrade your net-snmp package.

      Upgrade instructions
      - --------------------

      wget url
              will fetch the file for you
      dpkg -i file.deb
              will install the referenced file.

      [package list and MD5 checksums trimmed]
      -----BEGIN PGP SIGNATURE-----
      Version: GnuPG v1.4.6 (GNU/Linux)

      iD8DBQFHpJ5uXm3vHE4uyloRAkq8AKCDj2aFg1s3J6hYcW0hZ4hQxQ7F1gCgr2pL
      =Kq1v
      -----END PGP SIGNATURE-----`,
  },
  {
    id: 'r6b-023',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Apache HTTP Server Project <announce@httpd.apache.org>',
    to: 'announce@httpd.apache.org',
    subject: '[ANNOUNCE] Apache HTTP Server 2.2.8 Released',
    headers: bulk('<announce.httpd.apache.org>', '<mailto:announce-unsubscribe@httpd.apache.org>'),
    text: t`
      Apache HTTP Server 2.2.8 Released

      The Apache Software Foundation and the Apache HTTP Server Project are
      pleased to announce the release of version 2.2.8 of the Apache HTTP
      Server ("Apache"). This version of Apache is principally a security and
      bug fix release, including the following security fixes:

        *) SECURITY: CVE-2007-6421 (cve.mitre.org)
           mod_proxy_balancer: Correctly escape the worker route and the
           worker redirect string in the HTML output of the balancer manager.

        *) SECURITY: CVE-2007-6388 (cve.mitre.org)
           mod_status: Ensure refresh parameter is numeric to prevent a
           possible XSS attack caused by redirecting to other URLs.

      We consider this release to be the best version of Apache available,
      and encourage users of all prior versions to upgrade.

      Apache HTTP Server 2.2.8 is available for download from:

        http://httpd.apache.org/download.cgi`,
  },
  {
    id: 'r6b-024',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'Ubuntu Security Notices <security@ubuntu.com>',
    to: 'ubuntu-security-announce@lists.ubuntu.com',
    subject: '[USN-612-1] OpenSSL vulnerability',
    headers: bulk(
      'Ubuntu Security Announcements <ubuntu-security-announce.lists.ubuntu.com>',
      '<https://lists.ubuntu.com/mailman/listinfo/ubuntu-security-announce>, <mailto:ubuntu-security-announce-request@lists.ubuntu.com?subject=unsubscribe>',
    ),
    text: t`
      ===========================================================
      Ubuntu Security Notice USN-612-1               May 13, 2008
      openssl vulnerability
      CVE-2008-0166
      ===========================================================

      A weakness has been discovered in the random number generator used
      by OpenSSL on Debian and Ubuntu systems. As a result of this
      weakness, certain encryption keys are much more common than they
      should be, such that an attacker could guess the key through a
      brute-force attack given minimal knowledge of the system.

      This particularly affects the use of encryption keys in OpenSSH,
      OpenVPN and SSL certificates.

      This vulnerability only affects operating systems which (like
      Ubuntu) are based on Debian.

      === Who is affected ===

      Systems which are running any of the following releases:

       * Ubuntu 7.04 (Feisty)
       * Ubuntu 7.10 (Gutsy)
       * Ubuntu 8.04 LTS (Hardy)

      ALL OpenSSH, OpenVPN and SSL keys generated on affected systems
      since September 2006 should be considered compromised and must be
      regenerated after upgrading.

      Details follow.`,
  },
  {
    id: 'r6b-025',
    label: 'informational',
    kind: 'security',
    lang: 'en',
    from: 'PHP Group <php-announce@lists.php.net>',
    to: 'php-announce@lists.php.net',
    subject: 'PHP 5.2.6 released - security update recommended',
    headers: bulk(
      '<php-announce.lists.php.net>',
      '<mailto:php-announce-unsubscribe@lists.php.net>',
    ),
    text: t`
      The PHP development team would like to announce the immediate
      availability of PHP 5.2.6. This release focuses on improving the
      stability of the PHP 5.2.x branch with over 120 bug fixes, several
      of which are security related. All users of PHP are encouraged to
      upgrade to this release.

      Security Enhancements and Fixes in PHP 5.2.6:
        * Fixed possible stack buffer overflow in the FastCGI SAPI.
        * Fixed integer overflow in printf().
        * Fixed security issue detailed in CVE-2008-0599.
        * Fixed a safe_mode bypass in cURL.
        * Properly address incomplete multibyte chars inside escapeshellcmd().

      Full ChangeLog: http://www.php.net/ChangeLog-5.php#5.2.6`,
  },
  {
    id: 'r6b-026',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Stuart Pell <stuart.pell@ntlworld.com>',
    to: 'debian-security@lists.debian.org',
    subject: 'Re: DSA-1571 - do I need to regenerate the host keys too?',
    headers: bulk(
      '<debian-security.lists.debian.org>',
      '<mailto:debian-security-request@lists.debian.org?subject=unsubscribe>',
    ),
    text: t`
      On Wed, May 14, 2008 at 08:33:10AM +0100, Nigel Aston wrote:
      > Do I need to regenerate the host keys too, or only user keys?

      Both. Anything generated on an affected box since 2006. For the host
      keys:

        rm /etc/ssh/ssh_host_*
        dpkg-reconfigure openssh-server

      and then run ssh-vulnkey to check your users' authorized_keys for
      blacklisted keys. Expect every client to complain about the changed
      host key, so tell your users first.

      Stuart`,
  },
  {
    id: 'r6b-027',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dave Pimlott <dave@bristol-lug.org.uk>',
    to: 'bristol-lug@lists.bristol-lug.org.uk',
    subject: '[BLUG] Meeting Thursday 8th - Asterisk talk + pub',
    headers: {
      ...bulk(
        'Bristol and District LUG <bristol-lug.lists.bristol-lug.org.uk>',
        '<mailto:bristol-lug-request@lists.bristol-lug.org.uk?subject=unsubscribe>',
      ),
    },
    text: t`
      Hi all,

      This month's meeting is on Thursday 8th November, 7:30pm, upstairs at
      the Cornubia as usual.

      Martin Coles will talk about running Asterisk at home: hooking up an
      old Linksys PAP2, SIP providers, and how he got his mum's phone calls
      routed to voicemail after 9pm. Should take about 40 minutes, then pub.

      Bring a laptop if you want help with an install; Ubuntu 7.10 and
      Fedora 8 CDs will be there.

      Dave
      --
      Bristol & District Linux User Group
      http://www.bristol-lug.org.uk/`,
  },
  {
    id: 'r6b-028',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Phil Rudd <philrudd@gmail.com>',
    to: 'bristol-lug@lists.bristol-lug.org.uk',
    subject: 'Re: [BLUG] Meeting Thursday 8th - Asterisk talk + pub',
    headers: {
      ...bulk(
        'Bristol and District LUG <bristol-lug.lists.bristol-lug.org.uk>',
        '<mailto:bristol-lug-request@lists.bristol-lug.org.uk?subject=unsubscribe>',
      ),
    },
    text: t`
      Can't make this one, daughter's parents' evening. Could someone put the
      slides on the wiki afterwards?

      Phil`,
  },
  {
    id: 'r6b-029',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Ian "Scruff" Morley <scruff@morley.demon.co.uk>',
    to: 'bristol-lug@lists.bristol-lug.org.uk',
    subject: '[BLUG] FREE: old kit to good home',
    headers: {
      ...bulk(
        'Bristol and District LUG <bristol-lug.lists.bristol-lug.org.uk>',
        '<mailto:bristol-lug-request@lists.bristol-lug.org.uk?subject=unsubscribe>',
      ),
    },
    text: t`
      Clearing out the loft. Free to anyone who can collect from Bishopston:

       - Sun Ultra 5, 333MHz, 256MB, no disk
       - 2x 17" Iiyama CRTs (heavy!)
       - box of assorted PCI cards (3c905, NE2000 clones, a Voodoo 2)
       - SCSI cables, loads of them, don't ask

      First come first served, otherwise it goes to the tip on Saturday.
      Reply off-list.

      Scruff`,
  },
  {
    id: 'r6b-030',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Helen Marsh <helen@marsh-family.org.uk>',
    to: 'bristol-lug@lists.bristol-lug.org.uk',
    subject: '[BLUG] Install fest at the library - volunteers?',
    headers: {
      ...bulk(
        'Bristol and District LUG <bristol-lug.lists.bristol-lug.org.uk>',
        '<mailto:bristol-lug-request@lists.bristol-lug.org.uk?subject=unsubscribe>',
      ),
    },
    text: t`
      The central library has offered us a room on Saturday 15 March, 10-4,
      for an install fest. They'll advertise it in their newsletter.

      We'd need maybe six people to help with installs and answer questions.
      If you can do a couple of hours, please add your name on the wiki page:
      http://www.bristol-lug.org.uk/wiki/InstallFest2008

      Helen`,
  },
  {
    id: 'r6b-031',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Dave Pimlott <dave@bristol-lug.org.uk>',
    to: 'bristol-lug@lists.bristol-lug.org.uk',
    subject: '[BLUG] list server move tonight',
    headers: {
      ...bulk(
        'Bristol and District LUG <bristol-lug.lists.bristol-lug.org.uk>',
        '<mailto:bristol-lug-request@lists.bristol-lug.org.uk?subject=unsubscribe>',
      ),
    },
    text: t`
      The list is moving to the new box (thanks to Bytemark for the hosting)
      tonight from about 10pm. Mail sent during the move will be queued and
      delivered afterwards. Archives will be offline for an hour or so.

      If anything looks broken tomorrow, shout.

      Dave`,
  },
  {
    id: 'r6b-032',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Greg Tolliver <gtolliver@paradoxnet.com>',
    to: 'sa-users@lists.antispamtools.org',
    subject: 'new wave of "Re: your order" pharmacy spam getting through',
    headers: {
      ...bulk(
        '<sa-users.lists.antispamtools.org>',
        '<mailto:sa-users-unsubscribe@lists.antispamtools.org>',
      ),
    },
    text: t`
      Since Monday we're seeing a lot of these scoring 2-3 points and sailing
      through:

        Subject: Re: your order #88213
        Subject: RE: Message for sam
        Subject: VIAGRA 0nly $1.8 per d0se - Canadian Pharmacy

      Body is a single remote image plus a paragraph of random words from
      what looks like a Victorian novel. No URIs in text, so the URIBL rules
      don't fire. Bayes is 0.5 on most of them because the word salad is
      fresh every time.

      Anyone got a working rule for the image-only + word-salad pattern? Or
      is FuzzyOCR worth the CPU?

      --
      Greg`,
  },
  {
    id: 'r6b-033',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Mathias Lenz <ml@lenz-it.ch>',
    to: 'sa-users@lists.antispamtools.org',
    subject: 'Re: new wave of "Re: your order" pharmacy spam getting through',
    headers: {
      ...bulk(
        '<sa-users.lists.antispamtools.org>',
        '<mailto:sa-users-unsubscribe@lists.antispamtools.org>',
      ),
    },
    text: t`
      Greg Tolliver wrote:
      > Subject: VIAGRA 0nly $1.8 per d0se - Canadian Pharmacy

      The obfuscated drug names are easy, something like this has worked for
      us for months:

        body     LOCAL_VIAGRA_OBFU  /\\bv[i1!|]agr[a@4]\\b/i
        describe LOCAL_VIAGRA_OBFU  Obfuscated drug name
        score    LOCAL_VIAGRA_OBFU  2.5

      For the image + word salad ones, make sure you're running 3.2 and have
      sa-update pulling the default channel; the stock rules got a lot better
      at them in the last update. And train Bayes with the ones that slip
      through, seriously, it catches up within a day or two.

      FuzzyOCR works but it's heavy. We only run it on messages that already
      score between 3 and 5.

      Mathias`,
  },
  {
    id: 'r6b-034',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Karl Dietz <karl@dietz-hosting.de>',
    to: 'sa-users@lists.antispamtools.org',
    subject: 'Re: new wave of "Re: your order" pharmacy spam getting through',
    headers: {
      ...bulk(
        '<sa-users.lists.antispamtools.org>',
        '<mailto:sa-users-unsubscribe@lists.antispamtools.org>',
      ),
    },
    text: t`
      > score    LOCAL_VIAGRA_OBFU  2.5

      Careful with the /i and the pipe in the class, we had that fire on a
      medical newsletter with "Niagara" in a table... the word boundary
      saved us most of the time but not always. 1.5 is safer if you have
      doctors among your users.

      Karl`,
  },
  {
    id: 'r6b-035',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Jenny Walsh <jwalsh@lakeshore.k12.ca.us>',
    to: 'sa-users@lists.antispamtools.org',
    subject: 'false positive on school newsletter - "MILLIONS" and "CLICK HERE"',
    headers: {
      ...bulk(
        '<sa-users.lists.antispamtools.org>',
        '<mailto:sa-users-unsubscribe@lists.antispamtools.org>',
      ),
    },
    text: t`
      Our PTA newsletter keeps getting tagged. Relevant part of the report:

        Content analysis details:   (5.8 points, 5.0 required)
         1.2 SUBJ_ALL_CAPS          Subject is all capitals
         1.0 HTML_FONT_LOW_CONTRAST BODY: HTML font color similar to background
         1.5 MILLION_USD            BODY: Talks about millions of dollars
         0.8 CLICK_BELOW            Asks you to click below
         1.3 MIME_HTML_ONLY         BODY: Message only has text/html MIME parts

      The "millions" is the district's $2.4 million bond measure. The
      subject is "FALL FUNDRAISER NEWS!!!" because the PTA president likes
      caps. I can whitelist_from the sender but I'd rather understand if
      something's off with our setup.

      Jenny Walsh
      Network Coordinator, Lakeshore Unified`,
  },
  {
    id: 'r6b-036',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Bill Langley <bill@langleynet.com>',
    to: 'sa-users@lists.antispamtools.org',
    subject: 'Re: stock spam - "HOT PICK: CWTD set to EXPLODE"',
    headers: {
      ...bulk(
        '<sa-users.lists.antispamtools.org>',
        '<mailto:sa-users-unsubscribe@lists.antispamtools.org>',
      ),
    },
    text: t`
      On 2/21/2007 6:14 AM, Loren wrote:
      > anyone else drowning in the pump-and-dump stuff? "Watch this one
      > tomorrow", "Strong Buy", GIF of a stock ticker...

      Yes, about 30% of our spam this week. What's working here:

        header   LOCAL_STOCK_SUBJ  Subject =~ /\\b(strong buy|set to explode|hot pick|watch this one)\\b/i
        score    LOCAL_STOCK_SUBJ  2.0

        body     LOCAL_STOCK_SYM   /\\b(symbol|sym|ticker)\\s*:\\s*[A-Z]{3,5}\\b/
        score    LOCAL_STOCK_SYM   1.5

      Plus the SARE stock ruleset, which the SARE folks update constantly.
      Together with Bayes it's catching nearly all of them. The GIF-only
      ones need the image rules from the 3.2 update.

      Bill`,
  },
  {
    id: 'r6b-037',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'spamfilter-tips <editor@spamfilter-tips.net>',
    to: 'subscribers@spamfilter-tips.net',
    subject: 'Spam Trends Monthly - October 2005: 419 letters switch to "lottery" theme',
    headers: bulk('<trends.spamfilter-tips.net>', '<mailto:leave-trends@spamfilter-tips.net>'),
    text: t`
      SPAM TRENDS MONTHLY - October 2005
      ==================================

      1. ADVANCE-FEE FRAUD GOES LOTTERY
      The classic "I am Barrister James Okafor, next of kin" letter is
      declining. This month's most common 419 subject lines in our traps:

        "FINAL NOTIFICATION: YOUR EMAIL HAS WON 1,000,000 EURO"
        "Congratulations!!! Winning Number: 7-14-22-31-38"
        "ATTN: Beneficiary - Claim Ref/EURO/88/2005"

      Tip: a header rule on "winning number" plus free-mail Reply-To catches
      a surprising share.

      2. MORTGAGE SPAM UP AGAIN
      "Approval for $435,000 at 3.9%" is back, now with the rate in an image.

      3. READER QUESTION
      "Should I bounce spam?" No. The sender is forged; you'll only hit
      innocent people (backscatter). Reject during SMTP or quarantine.

      --
      You are subscribed as sam@kellerworks.com.
      To leave, send an empty message to leave-trends@spamfilter-tips.net`,
  },
  {
    id: 'r6b-038',
    label: 'informational',
    kind: 'list',
    lang: 'en',
    from: 'Alan Hibbert <alan@hibbert.org.uk>',
    to: 'sa-users@lists.antispamtools.org',
    subject: 'OT: got a "remove me" request from a spammer?!',
    headers: {
      ...bulk(
        '<sa-users.lists.antispamtools.org>',
        '<mailto:sa-users-unsubscribe@lists.antispamtools.org>',
      ),
    },
    text: t`
      Slightly amusing. A spam for "Genuine University Diplomas - no exams,
      no classes!" came through with the usual "To be removed from our list
      reply with REMOVE in the subject" footer. One of my users did reply
      REMOVE, and a week later the volume to her address tripled.

      Yes, I know, I know. Just posting as a reminder for anyone who hasn't
      drilled it into their users yet: never reply, never click "remove".

      Alan`,
  },
  {
    id: 'r6b-039',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'NewsWire Daily <newsletter@newswire-daily.com>',
    subject: 'NewsWire Daily - Tuesday, January 10, 2006',
    headers: bulk(
      '<daily.newswire-daily.com>',
      '<http://www.newswire-daily.com/unsubscribe?list=daily>',
    ),
    text: t`
      NEWSWIRE DAILY - Tech headlines for Tuesday, January 10, 2006
      ----------------------------------------------------------------

      * Apple unveils Intel-based iMac and MacBook Pro at Macworld
        Jobs says the transition will be finished by the end of the year,
        months ahead of schedule.
        http://www.newswire-daily.com/story/06/01/10/1834201

      * Microsoft releases out-of-band patch for WMF flaw
        The fix for the Windows Metafile vulnerability arrived days before
        the scheduled Patch Tuesday.
        http://www.newswire-daily.com/story/06/01/10/1610055

      * Firefox 1.5 passes 10 million downloads
        http://www.newswire-daily.com/story/06/01/10/1225419

      * Google Video store opens with CBS and NBA content
        http://www.newswire-daily.com/story/06/01/10/0942113

      ----------------------------------------------------------------
      You are receiving this because you signed up at newswire-daily.
      Change your preferences or unsubscribe:
      http://www.newswire-daily.com/prefs`,
  },
  {
    id: 'r6b-040',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Techbyte Headlines <headlines@techbyte.co.uk>',
    subject: 'Headlines: Vista delayed again; BT broadband price war; Sony rootkit fallout',
    headers: bulk('<headlines.techbyte.co.uk>', '<mailto:unsubscribe-headlines@techbyte.co.uk>'),
    text: t`
      TODAY'S HEADLINES
      =================

      Vista consumer launch slips to January
       Businesses get it in November, the rest of us wait for the sales.

      BT cuts wholesale broadband, ISPs promise 8Mb for 17.99 a month
       Whether your exchange can actually do 8Mb is another matter.

      Sony BMG recalls CDs with XCP copy protection
       Class actions pile up after the rootkit discovery.

      Review: Nokia N80 - a lot of phone for 400 quid

      =================
      Manage your subscription: http://www.techbyte.co.uk/subs/`,
  },
  {
    id: 'r6b-041',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Web Craft Weekly <editor@webcraftweekly.com>',
    subject: 'New at Web Craft Weekly: Issue 245',
    headers: bulk(
      '<ala-announce.webcraftweekly.com>',
      '<mailto:ala-announce-request@webcraftweekly.com?subject=unsubscribe>',
    ),
    text: t`
      In Issue No. 245 of Web Craft Weekly, for people who make websites:

      PRETTY ACCESSIBLE: MAKING RIA ACCESSIBLE
      Ajax interfaces that screen readers can follow, with examples.

      SETTING TYPE ON THE WEB TO A BASELINE GRID
      How to use line-height and margins so text lines up across columns.

      Read them at http://www.webcraftweekly.com/issues/245

      --
      You're getting this because you asked for it. Unsubscribe any time by
      replying with "unsubscribe" in the subject.`,
  },
  {
    id: 'r6b-042',
    label: 'informational',
    kind: 'newsletter',
    lang: 'en',
    from: 'Hosting Bulletin <bulletin@zenhost.co.uk>',
    subject: 'ZenHost Bulletin: scheduled maintenance & new PHP5 servers',
    headers: bulk('<bulletin.zenhost.co.uk>', '<http://www.zenhost.co.uk/bulletin/unsubscribe>'),
    text: t`
      Dear customer,

      SCHEDULED MAINTENANCE
      On Sunday 24 June between 02:00 and 04:00 BST we will replace the
      storage array serving shared hosting cluster web3. Sites may be
      unavailable for up to 20 minutes during this window. Email is not
      affected.

      PHP 5 NOW AVAILABLE ON ALL PLANS
      You can switch each site between PHP 4.4 and PHP 5.2 from the control
      panel under "Site settings". PHP 4 will remain the default until the
      end of the year.

      STATUS PAGE
      Live status is always at http://status.zenhost.co.uk/

      The ZenHost team`,
  },
  {
    id: 'r6b-043',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'logwatch@web1.kellerworks.com',
    to: 'root@kellerworks.com',
    subject: 'Logwatch for web1.kellerworks.com (Linux)',
    text: t`
       ################### Logwatch 7.3 (03/24/06) ####################
              Processing Initiated: Fri Sep 14 04:02:11 2007
              Date Range Processed: yesterday
                                    ( 2007-Sep-13 )
              Detail Level of Output: 0
              Type of Output: unformatted
              Logfiles for Host: web1.kellerworks.com
       ##################################################################

       --------------------- httpd Begin ------------------------

       Requests with error response codes
          404 Not Found
             /phpmyadmin/main.php: 14 Time(s)
             /roundcube/index.php: 6 Time(s)
             /favicon.ico: 211 Time(s)

       ---------------------- httpd End -------------------------

       --------------------- SSHD Begin ------------------------

       Failed logins from:
          61.144.23.118: 1843 times
          203.131.90.4: 412 times

       Illegal users from:
          61.144.23.118: 1311 times

       ---------------------- SSHD End -------------------------

       --------------------- Disk Space Begin ------------------------

       /dev/sda1              19G   14G  4.1G  78% /
       /dev/sda3              54G   31G   21G  60% /var

       ---------------------- Disk Space End -------------------------

       ###################### Logwatch End #########################`,
  },
  {
    id: 'r6b-044',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'Cron Daemon <root@mail.kellerworks.com>',
    to: 'root@kellerworks.com',
    subject: 'Cron <root@mail> /usr/local/sbin/backup-maildirs.sh',
    text: t`
      rsync: send_files failed to open "/var/vmail/kellerworks.com/lucy/Maildir/.Trash/cur/1204551201.M22P4411.mail,S=4410:2,S": Permission denied (13)
      rsync error: some files could not be transferred (code 23) at main.c(977) [sender=2.6.9]
      backup finished with warnings at Tue Mar  4 03:17:55 GMT 2008`,
  },
  {
    id: 'r6b-045',
    label: 'informational',
    kind: 'notification',
    lang: 'en',
    from: 'mdadm monitoring <root@web1.kellerworks.com>',
    to: 'root@kellerworks.com',
    subject: 'DegradedArray event on /dev/md1:web1',
    text: t`
      This is an automatically generated mail message from mdadm
      running on web1

      A DegradedArray event had been detected on md device /dev/md1.

      Faithfully yours, etc.

      P.S. The /proc/mdstat file currently contains the following:

      Personalities : [raid1]
      md1 : active raid1 sda3[0]
            56990528 blocks [2/1] [U_]

      md0 : active raid1 sda1[0] sdb1[1]
            19534912 blocks [2/2] [UU]

      unused devices: <none>`,
  },
  {
    id: 'r6b-046',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Dabs.com <orders@dabs.com>',
    subject: 'Your dabs.com order 10472288 has been despatched',
    text: t`
      Dear Sam Keller,

      Thank you for shopping at dabs.com. The following items from order
      10472288 have been despatched today by Royal Mail Special Delivery:

        1 x Seagate Barracuda 7200.10 320GB SATA            GBP  54.99
        1 x Samsung SyncMaster 226BW 22" TFT                GBP 189.99
                                                 Delivery   GBP   6.95
                                                 Total      GBP 251.93 (inc VAT)

      Tracking number: ZW 4419 2870 1GB

      You can check the status of your order at any time in My Account.

      dabs.com - technology for less`,
  },
  {
    id: 'r6b-047',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'Amazon.co.uk <auto-confirm@amazon.co.uk>',
    subject: 'Your Amazon.co.uk order (#202-8817345-1166720)',
    text: t`
      Thank you for shopping at Amazon.co.uk!

      Your purchase information appears below.

      E-mail Address: sam@kellerworks.com

      Order Grand Total: GBP 41.97

      Order #: 202-8817345-1166720
      Shipping Method: Standard

        1 "Designing with Web Standards (2nd Edition)"; Jeffrey Zeldman; Paperback; GBP 19.49
        1 "CSS Mastery: Advanced Web Standards Solutions"; Andy Budd; Paperback; GBP 17.99
        Postage & Packing: GBP 4.49

      Delivery estimate: 12 Jul 2007 - 14 Jul 2007

      Need to give a gift? Visit our Gift Central.

      Amazon.co.uk
      Earth's Biggest Selection`,
  },
  {
    id: 'r6b-048',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: 'PayPal <service@paypal.co.uk>',
    subject: 'Receipt for your payment to ThemeKings Ltd',
    text: t`
      Dear Sam Keller,

      You sent a payment of £24.00 GBP to ThemeKings Ltd (sales@themekings.com).

      It may take a few moments for this transaction to appear in your account.

      Merchant                     Instructions to merchant
      ThemeKings Ltd               You haven't entered any instructions.

      Description: Corporate Pro template - multi-site licence
      Unit price: £24.00 GBP
      Quantity: 1
      Amount: £24.00 GBP

      Total: £24.00 GBP
      Transaction ID: 5RT20883AX4471926

      Please keep this e-mail for your records.

      Yours sincerely,
      PayPal`,
  },
  {
    id: 'r6b-049',
    label: 'informational',
    kind: 'receipt',
    lang: 'en',
    from: '123-reg <billing@123-reg.co.uk>',
    subject: 'Invoice INV-3390218 - domain renewals',
    text: t`
      Hello Sam Keller,

      Thank you for your payment. Your invoice is shown below.

      Invoice number: INV-3390218
      Date: 02/10/2006

        kellerworks.com         renewal 2 years      £17.98
        kellerworks.co.uk       renewal 2 years       £5.98
        hussaintiles.co.uk      renewal 2 years       £5.98
                                         Subtotal    £29.94
                                         VAT 17.5%    £5.24
                                         Total       £35.18

      Paid by card ending 4471.

      The domains listed have been renewed and new expiry dates are shown in
      your control panel.

      Regards,
      123-reg customer services`,
  },
  {
    id: 'r6b-050',
    label: 'informational',
    kind: 'shipping',
    lang: 'en',
    from: 'eBay <ebay@ebay.co.uk>',
    subject: 'Item dispatched: Apple Keyboard (A1048) white USB - boxed',
    text: t`
      Dear kellerworks,

      Good news! Your item has been dispatched by the seller.

      Item: Apple Keyboard (A1048) white USB - boxed
      Item number: 170148862331
      Seller: macspares_uk
      Price: £18.50 + £4.00 postage
      Dispatched: 17-Oct-07 via Royal Mail Recorded

      Remember to leave Feedback for the seller once your item has arrived.

      Regards,
      eBay

      Learn more about how to stay safe when you buy on eBay.`,
  },
  {
    id: 'r6b-051',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Jenny Walsh <jwalsh@lakeshore.k12.ca.us>',
    subject: 'your reply on sa-users (off list)',
    text: t`
      Hi Sam,

      Taking this off-list so I don't clutter it. You mentioned you'd written
      a small script that feeds the quarantine back into sa-learn every night
      for your clients. Would you be willing to share it? I'm happy to credit
      you, and I'd only use it on our district's mail server.

      Also, did you run it as the amavis user or as root? That's where I got
      stuck last time.

      Thanks so much,
      Jenny Walsh
      Network Coordinator, Lakeshore Unified`,
  },
  {
    id: 'r6b-052',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Tariq Hussain <tariq@hussaintiles.co.uk>',
    subject: 'new price list for website',
    text: t`
      Sam

      Attached the new price list for the Spring range (Excel). Can you put it
      on the site instead of the old one, the porcelain prices went up 8% from
      Monday. Also the Travertine page still says "call for price", please
      change to £34.95 per m2.

      How long will it take? I want to tell the showroom staff.

      Tariq`,
  },
  {
    id: 'r6b-053',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Pete Marlow <petemarlow@hotmail.com>',
    subject: 'Re: pub quiz',
    text: t`
      you in for thursday? Dan's back from Leeds so we'd have 6. need to know
      by tomorrow so I can put our name down.

      ha. we came 4th. not a disgrace.

      On 03/10/2005, Sam Keller wrote:
      > Last week was a disgrace. That music round. I need to recover.`,
  },
  {
    id: 'r6b-054',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Claire Benson <claire.benson@northfieldhousing.org.uk>',
    subject: 'Website review meeting - which day suits?',
    text: t`
      Dear Sam,

      Our board would like to go through the redesign drafts with you before
      we sign off on Phase 2. Could you come to our offices on either
      Tuesday 22nd or Thursday 24th April, ideally in the afternoon? It should
      take about an hour and a half. We'll have a projector.

      Please let me know which day works and whether you need anything from
      us beforehand.

      Kind regards,

      Claire Benson
      Communications Officer
      Northfield Housing Association
      Tel: 0117 955 3021

      This e-mail and any attachments are confidential and intended solely
      for the addressee. If you have received it in error please notify the
      sender and delete it.`,
  },
  {
    id: 'r6b-055',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Mum <margaret.keller@btinternet.com>',
    subject: 'computer again',
    text: t`
      Hello love,

      The computer has started showing a box every time I turn it on saying
      "Windows Security Alert, your computer is infected, click here to buy
      Antivirus 2008". Your father says not to click it. Is it real? It won't
      go away.

      Can you have a look when you come on Sunday or should I ring the man
      from the shop?

      Love Mum x`,
  },
  {
    id: 'r6b-056',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Oliver Grant <ogrant@grant-solicitors.co.uk>',
    subject: 'Quote for new website',
    text: t`
      Dear Mr Keller,

      I was given your details by Claire Benson at Northfield Housing, who
      speaks highly of the work you did for them.

      We are a four-partner firm of solicitors in Clifton. Our current website
      was built in 2001 by a nephew of one of the partners and it shows. We
      would like something professional with a page per partner, our areas of
      practice, a contact form and ideally the ability to update news
      ourselves.

      Could you give us an idea of cost and timescale? We had budgeted in the
      region of £3,000 but would welcome your view.

      Yours sincerely,

      Oliver Grant
      Partner
      Grant & Co Solicitors`,
  },
  {
    id: 'r6b-057',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Megan Doyle <megan.doyle@doylecafe.ie>',
    subject: 'Re: Re: Menu page',
    text: t`
      Ok the PDF is better but on my phone (Nokia) it still doesn't open.
      Could you make it a normal web page instead? What would that cost?

      Megan

      -----Original Message-----
      From: Sam Keller [mailto:sam@kellerworks.com]
      Sent: 12 May 2008 16:40
      To: Megan Doyle
      Subject: Re: Menu page

      Hi Megan, I've made the PDF smaller (it was 6MB, now 400KB), should
      load much faster now. Let me know how it looks.

      Sam`,
  },
  {
    id: 'r6b-058',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'dan_whitby@yahoo.co.uk',
    subject: '',
    text: t`
      sam whats the name of that ftp program you told me about, the free one.
      my laptop died and i lost everything`,
  },
  {
    id: 'r6b-059',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Henrik Moller <hmoller@netcetera.dk>',
    subject: 'off-list: your Courier quota patch',
    text: t`
      Hi Sam,

      Saw your post on mx-admins last year about the patch you made for the
      Courier maildrop quota warnings. Ines is asking about the same problem
      now. Do you still have it somewhere? If you don't mind I'd like to put
      it on our wiki with your name on it, or you could post it to the list
      yourself if you prefer.

      Cheers,
      Henrik`,
  },
  {
    id: 'r6b-060',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Alison Fry <alison@fryandco-accountants.co.uk>',
    subject: 'URGENT - cannot send email since this morning!!',
    text: t`
      Sam,

      None of us can send email since about 9am. Outlook says:

        "The server responded: 550 5.7.1 Relaying denied"

      Receiving is fine. We've got the tax return deadline on Thursday and
      clients are waiting for documents. Did something change on the server?
      Please ring me as soon as you see this - 07712 448 031.

      Alison`,
  },
  {
    id: 'r6b-061',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Raj Mehta <raj@mehta-imports.com>',
    subject: 'RE: Invoice KW-0412',
    text: t`
      Hi Sam,

      Our accounts team says invoice KW-0412 for £1,850 includes the hosting
      for 2008 but we paid that separately in January (cheque 100294). Could
      you check and send a corrected invoice? Happy to pay the rest straight
      away.

      Regards
      Raj

      > -----Original Message-----
      > From: Sam Keller
      > Sent: 03 March 2008 10:12
      > Subject: Invoice KW-0412
      >
      > Hi Raj, please find attached the invoice for the catalogue work
      > and this year's hosting. Payment within 30 days please.`,
  },
  {
    id: 'r6b-062',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Beth Carrow <bcarrow@uwe.ac.uk>',
    subject: 'Dissertation interview - small web studios',
    text: t`
      Dear Sam Keller,

      I'm a final year student on the BA Multimedia course at UWE. My
      dissertation looks at how small web design businesses are adapting to
      CSS-based design and web standards. Would you be willing to answer
      about ten questions, either by email or in a 20-minute phone call at a
      time that suits you? Your answers would be anonymised.

      I need to complete interviews by the end of February. Thank you for
      considering it.

      Best wishes,
      Beth Carrow`,
  },
  {
    id: 'r6b-063',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Lucy <lucy.keller@gmail.com>',
    subject: 'tonight',
    text: t`
      are you picking up the curry or am I? I'm at Jess's till 7

      x`,
  },
  {
    id: 'r6b-064',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Martin Coles <martin.coles@gmail.com>',
    subject: 'BLUG talk - can you do December?',
    text: t`
      Sam,

      Dave's asked me to line up the December talk. You mentioned at the pub
      that you'd moved all your clients' mail to Postfix + Dovecot with
      virtual users in MySQL. Would you do 30-40 minutes on that on Thursday
      13th December? Slides are optional, people mostly want to see the
      config and hear what went wrong :)

      Let me know either way so I can put it on the website.

      Martin`,
  },
  {
    id: 'r6b-065',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: 'Claire Benson <claire.benson@northfieldhousing.org.uk>',
    subject: 'RE: Phase 2 drafts',
    text: t`
      Hi Sam,

      The board liked the green version best. Two questions before we
      approve:

      1. Can the "Report a repair" form go to two addresses (repairs@ and my
         address)?
      2. Will tenants with screen readers be able to use the new menu? One of
         our board members raised it.

      Thanks,
      Claire

      ________________________________
      From: Sam Keller [mailto:sam@kellerworks.com]
      Sent: Fri 25/04/2008 17:02
      To: Claire Benson
      Subject: Phase 2 drafts

      Hi Claire, thanks for yesterday. As promised, the three colour
      variations are at http://preview.kellerworks.com/northfield/ ...`,
  },
  {
    id: 'r6b-066',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Stefan Brandt <stefan.brandt@gmx.de>',
    subject: 'Fw: your hosting login',
    text: t`
      Sam, this came to my private address, it's the login for my band's
      site, right? I don't remember setting anything up. Can you reset the
      password and tell me the new one? And is it OK that it was sent in
      plain text like this??

      Stefan

      ----- Forwarded Message ----
      From: ZenHost Accounts <accounts@zenhost.co.uk>
      To: stefan.brandt@gmx.de
      Sent: Monday, 9 June, 2008 10:14:22
      Subject: Your hosting login

      Username: brandtband
      Control panel: https://cp.zenhost.co.uk/`,
  },
  {
    id: 'r6b-067',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Priya Raman <priya@pixelpantry.com>',
    subject: 'subcontract? (saw your post on webdev)',
    text: t`
      Hi Sam,

      We're a two-person shop in Manchester and have just won a job that's
      mostly PHP/MySQL back-end, which isn't really our strength. From your
      posts on webdev you seem to do a lot of that. Would you be interested
      in subcontracting roughly 15 days of work in September? Day rate
      negotiable, we were thinking £250-300.

      Happy to chat on the phone or Skype (pixelpantry.priya).

      Priya Raman
      Pixel Pantry`,
  },
  {
    id: 'r6b-068',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Graham Tate <gtate@tatebuilders.co.uk>',
    subject: 'is this email real?',
    text: t`
      Sam - got the below today, it looks like it's from our bank. Is it real
      or one of those scams? I haven't clicked anything.

      ---
      Dear valued customer, due to a recent security upgrade you must
      verify your online banking details within 48 hours or your account
      will be suspended. Click here to verify.
      ---

      Graham`,
  },
  {
    id: 'r6b-069',
    label: 'needs_reply',
    kind: 'meeting',
    lang: 'en',
    from: 'Jo Fairley <jo@fairleypress.com>',
    subject: 'coffee next week?',
    text: t`
      Hi Sam,

      Long time! I've gone freelance (finally) and would love to pick your
      brains about how you handle contracts and getting paid. Coffee next
      week, my treat? I'm free Tues and Wed mornings. Boston Tea Party on
      Park Street?

      Jo`,
  },
  {
    id: 'r6b-070',
    label: 'needs_reply',
    kind: 'support',
    lang: 'en',
    from: 'Sue Harding <sue@hardingflorist.co.uk>',
    subject: 'orders not coming through',
    text: t`
      Hello Sam

      We haven't had a single online order email since Friday, which is very
      unusual before Mother's Day. My sister tried to order yesterday and
      says it went through and she got a confirmation, but nothing arrived
      here. Could you check what's happening? Could they be going to junk?

      Thanks
      Sue
      Harding Florist, 14 Gloucester Road`,
  },
  {
    id: 'r6b-071',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Andy Coulter <acoulter@coulterarchitects.com>',
    subject: 'new starter - email account please',
    text: t`
      Sam,

      We've got a new architect starting on Monday, Hannah Price. Could you set
      up hannah@coulterarchitects.com with the usual shared folders and let me
      know the password so I can give it to her on the day?

      Cheers
      Andy`,
  },
  {
    id: 'r6b-072',
    label: 'needs_reply',
    kind: 'thread',
    lang: 'en',
    from: "Kevin O'Dwyer <kodwyer@eircom.net>",
    subject: 'Re: your reply on debian-user',
    text: t`
      Thanks for the mail Sam. Purging nvidia-glx did fix X, so that's great.

      One more question since you offered: now the screen is stuck at
      1024x768 on a 1680x1050 monitor. Did you have to add a Modeline by hand
      on yours, or is there a way to get the nv driver to pick it up?

      Kevin

      On Sun, 15 Apr 2007, Sam Keller wrote:
      > Kevin, not wanting to clutter the list with a me-too: I had exactly
      > this on my desktop. apt-get --purge remove nvidia-glx, then
      > reinstall xserver-xorg-core. Drop me a line if it doesn't help.`,
  },
  {
    id: 'r6b-073',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Nadia Rahman <nadia.rahman@bristolpost.co.uk>',
    subject: 'Press enquiry: local firms and spam',
    text: t`
      Hello Sam,

      I'm writing a piece for Saturday's business pages about how much time
      local small firms lose to junk email, and Dave Pimlott from the Linux
      group suggested you. Could you spare 10 minutes for a quick chat by
      phone on Wednesday or Thursday? A couple of sentences on what you see
      at your clients would be ideal.

      My direct line is 0117 934 3120.

      Many thanks,
      Nadia Rahman
      Business reporter`,
  },
  {
    id: 'r6b-074',
    label: 'needs_reply',
    kind: 'request',
    lang: 'en',
    from: 'Tom Ashby <tom@ashbyweb.co.uk>',
    subject: 'cover for me 2 weeks in August?',
    text: t`
      Sam,

      I'm away 4-18 August (honeymoon, finally!). Would you be able to be the
      emergency contact for my three hosting clients while I'm gone? Very
      unlikely anything happens, they're all on the same ZenHost reseller
      account. I'd pay your normal hourly rate for anything you have to do,
      plus a bottle of something.

      I'll send logins and a crib sheet if you say yes.

      Tom`,
  },
  {
    id: 'r6b-075',
    label: 'needs_reply',
    kind: 'question',
    lang: 'en',
    from: 'Raj Mehta <raj@mehta-imports.com>',
    subject: 'Fwd: Google AdWords offer',
    text: t`
      Sam, worth doing? They say £50 free credit. Would you set it up for us
      or should I do it myself?

      Raj

      ---------- Forwarded message ----------
      From: Google AdWords <adwords-noreply@google.com>
      Date: 14 Jan 2008 09:30
      Subject: Your £50 AdWords voucher

      Start advertising on Google today and we'll give you £50 of free
      advertising when you spend £5...`,
  },
  {
    id: 'r6b-076',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Lenders Network <rates@lowrate-quotes.biz>',
    to: 'sam@kellerworks.com',
    subject: 'Sam, your mortgage approval is ready - 3.25%',
    html: t`
      <html><body bgcolor="#ffffff">
      <table width="550" border="0" align="center"><tr><td>
      <font face="Arial" size="4" color="#003399"><b>You have been APPROVED!</b></font><br><br>
      <font face="Arial" size="2">
      Dear Homeowner,<br><br>
      Your credit doesn't matter to us! If you OWN real estate and want IMMEDIATE cash to spend ANY way you like,
      or simply wish to LOWER your monthly payments by a third or more, here are the deals we have TODAY:<br><br>
      <b>$488,000 at 3.67% fixed rate<br>
      $372,000 at 3.90% variable rate<br>
      $610,000 at 3.25% interest only</b><br><br>
      Hurry, this offer expires in 48 hours!<br><br>
      <a href="http://www.lowrate-quotes.biz/apply/?id=sam">CLICK HERE for your FREE no-obligation quote</a>
      </font><br><br><br>
      <font face="Arial" size="1" color="#999999">To be removed from our mailing list please <a href="http://www.lowrate-quotes.biz/rm.html">click here</a>
      or write to 2205 Oak Ridge Blvd, Suite 118, Las Vegas NV 89102. This is not spam, you signed up with one of our partners.</font>
      </td></tr></table></body></html>`,
  },
  {
    id: 'r6b-077',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Meredith Tucker <dorine.kasper@quickshipmeds.info>',
    subject: 'Re: your order',
    text: t`
      Hi,

      Vi@gra  $1.21
      C1alis  $1.89
      Valium  $0.95
      Xanax   $1.04
      Soma    $0.70

      No prescription needed! Worldwide shipping, discreet packing.
      http://quickshipmeds.info/?ref=44812

      the rain fell upon the carriage as the gentleman turned his horse
      towards the village, and she thought of the letters in the drawer
      which nobody had read`,
  },
  {
    id: 'r6b-078',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'SoftwareOEM <sales@cheap-oem-soft.net>',
    subject: 'Adobe, Microsoft, Macromedia - OEM prices save 90%',
    text: t`
      Why pay full retail?? Download and install NOW:

      Windows XP Professional .............. $49.95
      Office 2003 Professional ............. $59.95
      Adobe Photoshop CS2 .................. $69.95
      Macromedia Studio 8 .................. $79.95
      Adobe Acrobat 7.0 Professional ....... $69.95

      100% original software, full version with serial. Instant download.
      Not trial, not copies!

      http://www.cheap-oem-soft.net

      Do you want to stop receiving our offers? Reply with REMOVE in the subject.`,
  },
  {
    id: 'r6b-079',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Admissions Office <admissions@intl-degree-program.com>',
    subject: 'UNIVERSITY DIPLOMAS',
    text: t`
      UNIVERSITY DIPLOMAS

      Obtain a prosperous future, money earning power,
      and the admiration of all.

      Diplomas from prestigious non-accredited universities
      based on your present knowledge and life experience.

      No required tests, classes, books, or interviews.

      Bachelors, masters, MBA, and doctorate (PhD) diplomas available
      in the field of your choice.

      No one is turned down.

      Confidentiality assured.

      CALL NOW 1-206-984-2281
      24 hours a day, 7 days a week including Sundays and holidays.

      (leave your name and phone number and we will call you back)`,
  },
  {
    id: 'r6b-080',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Market Watch Alert <alert@stockpick-insider.com>',
    subject: 'HOT PICK: CWTD set to EXPLODE this week',
    text: t`
      *** STRONG BUY ALERT ***

      Company: China World Trade Dev. Corp
      Symbol: CWTD
      Current Price: $0.38
      Short-term Target: $1.45
      Rating: STRONG BUY

      Big news expected Monday! CWTD has just signed a multi-million dollar
      distribution deal in Guangzhou. Our last pick went up 340% in 5 days.
      Do NOT miss this one. Get in before the news breaks!

      ---
      Information in this report is for informational purposes only. We were
      compensated $25,000 by a third party for this distribution. Investing in
      penny stocks is highly speculative. Read our full disclaimer.`,
  },
  {
    id: 'r6b-081',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Barrister Okon Williams <okonwilliams_chambers@yahoo.co.uk>',
    replyTo: 'okonwilliams2@hotmail.com',
    subject: 'URGENT BUSINESS PROPOSAL - CONFIDENTIAL',
    text: t`
      FROM THE DESK OF BARRISTER OKON WILLIAMS (ESQ)
      WILLIAMS & ASSOCIATES CHAMBERS, LAGOS

      DEAR FRIEND,

      I AM BARRISTER OKON WILLIAMS, PERSONAL ATTORNEY TO LATE ENGR. PETER
      KELLER, A FOREIGN CONTRACTOR WHO DIED WITH HIS WIFE AND ONLY DAUGHTER IN
      A CAR ACCIDENT ON SAGAMU EXPRESSWAY IN 2003. SINCE THEN I HAVE MADE
      SEVERAL ENQUIRIES TO LOCATE ANY OF MY CLIENT'S RELATIVES WITHOUT SUCCESS.

      MY LATE CLIENT LEFT THE SUM OF US$12.5 MILLION (TWELVE MILLION FIVE
      HUNDRED THOUSAND UNITED STATES DOLLARS) WITH A FINANCE HOUSE HERE. I
      CONTACT YOU BECAUSE YOU SHARE THE SAME LAST NAME, SO THE FUND CAN BE
      RELEASED TO YOU AS NEXT OF KIN. WE SHALL SHARE 60% TO ME, 35% TO YOU
      AND 5% FOR EXPENSES.

      THIS TRANSACTION IS 100% RISK FREE. PLEASE REPLY WITH YOUR FULL NAME,
      PRIVATE TELEPHONE AND FAX NUMBER FOR MORE DETAILS.

      BEST REGARDS,
      BARRISTER OKON WILLIAMS`,
  },
  {
    id: 'r6b-082',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'UK NATIONAL LOTTERY <claims.dept@uknl-promo.org>',
    replyTo: 'mr.james.allen01@gmail.com',
    subject: 'FINAL NOTIFICATION: YOUR EMAIL HAS WON £1,000,000',
    text: t`
      UK NATIONAL LOTTERY
      PROMOTIONS DEPARTMENT
      Ref: UKNL/26510460037/02
      Batch: 074/11/ZY369

      We are pleased to inform you of the announcement today of winners of
      the UK NATIONAL LOTTERY ONLINE SWEEPSTAKES held on the 2nd of June 2006.
      Your email address attached to ticket number 56475600545 188 with serial
      number 5368/02 drew the lucky numbers 7-14-18-33-35-40 which
      consequently won in the 2nd category.

      You have therefore been approved for a lump sum pay out of £1,000,000.00
      (One Million Pounds Sterling).

      To begin your claim please contact your claims agent:

        Mr. James Allen
        Email: mr.james.allen01@gmail.com
        Tel: +44 703 190 4412

      with your full name, address, age, occupation and telephone number.
      Please keep this award confidential until your claim is processed to
      avoid double claiming.

      Congratulations once again!
      Mrs. Ann Smith
      Lottery Coordinator`,
  },
  {
    id: 'r6b-083',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'PayPal <service@paypal.com>',
    replyTo: 'security@paypal-account-verify.info',
    subject: 'Your PayPal account has been limited',
    html: t`
      <html><body>
      <img src="http://www.paypalobjects.com/en_US/i/logo/paypal_logo.gif"><br><br>
      <font face="Verdana" size="2">
      Dear PayPal Member,<br><br>
      We recently noticed one or more attempts to log in to your PayPal account from a foreign IP address and we have
      reasons to believe that your account was used by a third party without your authorization.<br><br>
      If you recently accessed your account while traveling, the unusual log in attempts may have been initiated by you.
      However, if you did not initiate the log ins, please visit PayPal as soon as possible to verify your identity:<br><br>
      <a href="http://218.94.131.17/.paypal/cgi-bin/webscr.php?cmd=_login-run">https://www.paypal.com/cgi-bin/webscr?cmd=_login-run</a><br><br>
      If we do not receive the appropriate account verification within 48 hours, your account will be limited.<br><br>
      Thank you for using PayPal!<br>
      The PayPal Team
      </font></body></html>`,
  },
  {
    id: 'r6b-084',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'eBay Safeharbor <safeharbor@ebay.com>',
    subject: 'Question from eBay Member regarding Item #320211847765',
    text: t`
      Question from eBay member gadgetzone_2007:

      "hi, i sent your item last week but i havent received payment yet.
      please respond asap or i will file an unpaid item dispute."

      Respond now:
      http://signin.ebay.co.uk.ws.eBayISAPI.dll.sign-in.verify-id.ru/respond.htm

      Marketplace Safety Tip: Always remember to complete your transactions on
      eBay - it's the safer way to trade.

      Copyright 1995-2007 eBay Inc. All Rights Reserved.`,
  },
  {
    id: 'r6b-085',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Barclays Online Banking <ibank@barclays.co.uk>',
    subject: 'Barclays Security Measures - Please Update Your Records',
    text: t`
      Dear Barclays Customer,

      Barclays Bank is constantly working to ensure security by regularly
      screening the accounts in our system. We recently reviewed your account
      and we need more information to help us provide you with secure service.

      Until we can collect this information, your access to sensitive
      account features will be limited. We would like to restore your access
      as soon as possible, and we apologize for the inconvenience.

      Please confirm your identity here:
      http://barclays.co.uk.olb.auth.loginlink.action.pvlogin.secure-update.net/

      Why is my account access limited?
       - We have been notified that someone has attempted to access your account
         from an unknown location.

      Sincerely,
      Barclays Security Department`,
  },
  {
    id: 'r6b-086',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Rolex Replica <sales@swiss-luxury-replicas.com>',
    subject: 'Re: sam watch',
    html: t`
      <html><body>
      <center>
      <font size="5" color="#990000"><b>Rolex - Omega - Cartier - Breitling</b></font><br>
      <font size="3">Swiss Replica Watches from <b>$199</b></font><br><br>
      <img src="http://swiss-luxury-replicas.com/img/sub1.jpg" width="400" height="250"><br>
      <font size="2">Exact copies - only a jeweler can tell the difference!<br>
      Free shipping on orders over $400. 1 year warranty.</font><br><br>
      <a href="http://swiss-luxury-replicas.com/?s=24"><font size="4"><b>VISIT OUR STORE</b></font></a>
      </center>
      <br><br><font size="1" color="#cccccc">scratch table elegant October, turtle magnetic lantern orbit.</font>
      </body></html>`,
  },
  {
    id: 'r6b-087',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Rahul Verma <rahul.v@webdesign-outsourcing-india.com>',
    subject: 'Web Design & Development at $12/hour - can I send portfolio?',
    text: t`
      Hello Sir,

      I came across kellerworks.com and would like to introduce our company.
      We are a leading web design and development company in Noida, India
      with 65+ dedicated professionals working in PHP, ASP.NET, Flash, AJAX,
      osCommerce and Joomla.

      We offer white label services to web design agencies in UK at very
      competitive rates:

       - Dedicated PHP developer: $1,400/month
       - Flash intro: from $150
       - Complete e-commerce site: from $799

      May I send you our portfolio and rate card? Are you the right person to
      discuss outsourcing, or could you forward this to the concerned person?

      Awaiting your positive reply.

      Regards,
      Rahul Verma
      Business Development Manager

      If you do not wish to receive further emails, reply with "Remove".`,
  },
  {
    id: 'r6b-088',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Top Rankings <seo@top10-rankings.net>',
    subject: 'kellerworks.com is not listed in Google top 10',
    text: t`
      Hello,

      I was searching for "web design Bristol" and kellerworks.com did not
      appear on the first pages of Google, Yahoo! or MSN.

      We GUARANTEE a top 10 position on Google within 90 days or your money
      back. We submit your site to 850,000+ search engines and directories.

      Only $299 one-time fee! Would you like a free analysis of your site?
      Just reply "YES" and I will send it today.

      Best regards,
      Jason Miller
      Senior SEO Consultant

      To opt-out reply with REMOVE.`,
  },
  {
    id: 'r6b-089',
    label: 'spam',
    kind: 'pharma',
    lang: 'en',
    from: 'Canadian Pharmacy <support@canadian-rx-online.biz>',
    subject: 'Save 80% on your prescriptions - no doctor visit',
    html: t`
      <html><body>
      <table border="1" cellpadding="6" cellspacing="0" bordercolor="#cccccc" width="500">
      <tr bgcolor="#cc0000"><td colspan="2"><font color="#ffffff" face="Arial"><b>CANADIAN PHARMACY - Official Online Store</b></font></td></tr>
      <tr><td><font face="Arial" size="2">Viagra 100mg x 30 pills</font></td><td><font face="Arial" size="2">$64.95</font></td></tr>
      <tr><td><font face="Arial" size="2">Cialis 20mg x 20 pills</font></td><td><font face="Arial" size="2">$89.95</font></td></tr>
      <tr><td><font face="Arial" size="2">Levitra 20mg x 10 pills</font></td><td><font face="Arial" size="2">$49.95</font></td></tr>
      <tr><td><font face="Arial" size="2">Ambien 10mg x 30 pills</font></td><td><font face="Arial" size="2">$79.95</font></td></tr>
      </table><br>
      <font face="Arial" size="2">* FDA approved * Licensed Pharmacy * Secure Ordering *<br>
      <a href="http://canadian-rx-online.biz/index.php?aff=9917">Order Now - Free Airmail Shipping</a></font>
      </body></html>`,
  },
  {
    id: 'r6b-090',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mrs. Mariam Sese-seko <mariam_seseseko01@netscape.net>',
    subject: 'ASSISTANCE NEEDED',
    text: t`
      Dear Sir,

      I am Mrs Mariam Sese-seko, widow of late President Mobutu Sese-seko of
      Zaire. I was introduced to you by a member of our church after a long
      prayer. I have US$18,000,000.00 deposited in a security company in
      Cote d'Ivoire in trunk boxes declared as family valuables.

      I need a trustworthy foreigner to help me move this fund abroad for
      investment. You will be given 20% of the total sum for your assistance.
      Please I will like you to keep this very confidential.

      Kindly reply urgently through my private email with your phone number.

      God bless you,
      Mrs. Mariam Sese-seko`,
  },
  {
    id: 'r6b-091',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Work From Home <info@homebiz-cash2004.com>',
    subject: 'Earn $5,000/week from home - guaranteed!!!',
    text: t`
      DEAR FRIEND,

      Are you tired of working for somebody else?? What if you could make
      $5,000 A WEEK working from your kitchen table for just 2 hours a day?

      This is NOT a pyramid scheme. This is NOT MLM. It is 100% LEGAL.

      I made $87,340 in 3 months and I will show you EXACTLY how. All you
      need is a computer and an email address.

      Order my complete "Email Millionaire" system today for only $39.95
      and receive FREE BONUSES worth $500!!!

      >>> http://www.homebiz-cash2004.com/system.htm <<<

      ******************************************************************
      This message is sent in compliance of the new email bill section 301.
      Per Section 301, Paragraph (a)(2)(C) of S. 1618, further
      transmissions to you by the sender of this email will be stopped if
      you reply with REMOVE in the subject line.
      ******************************************************************`,
  },
  {
    id: 'r6b-092',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Email Marketing Pro <sales@bulk-email-direct.net>',
    subject: '5 MILLION email addresses on CD - $99',
    text: t`
      Want to reach millions of customers TODAY?

      Our NEW 2005 database contains 5,000,000 fresh, verified email
      addresses sorted by country and interest. Plus FREE bulk mailing
      software that sends 100,000 emails per hour from your own PC!

      Only $99 including shipping (was $299).

      Want more info? Reply to this email with your phone number and a
      representative will call you.

      To be taken off our list, send a blank message to
      remove@bulk-email-direct.net`,
  },
  {
    id: 'r6b-093',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Debt Relief Center <help@debtfree-now.us>',
    subject: 'Consolidate your debt - one low payment',
    html: t`
      <html><body>
      <p><font face="Tahoma" size="3"><b>Drowning in credit card debt?</b></font></p>
      <p><font face="Tahoma" size="2">Reduce your monthly payments by up to 60%. Stop harassing collection calls.
      Become debt free in as little as 24 months. No loan, no credit check.</font></p>
      <p><font face="Tahoma" size="2">Do you owe more than <b>$10,000</b>? You may qualify.</font></p>
      <p><a href="http://debtfree-now.us/q/?e=sam@kellerworks.com"><font face="Tahoma" size="3">See if you qualify in 60 seconds &gt;&gt;</font></a></p>
      <p><font face="Tahoma" size="1" color="#808080">You received this message because you opted in at one of our marketing partners.
      If you no longer wish to receive these offers, <a href="http://debtfree-now.us/unsub">unsubscribe here</a>.
      Debt Relief Center, PO Box 2918, Boca Raton FL 33427</font></p>
      </body></html>`,
  },
  {
    id: 'r6b-094',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Lorna Flynn <klaus.h@bfhcm.com>',
    subject: 'Re: Meeting',
    text: t`
      Hey,

      Can you believe it? I lost 22 pounds in 3 weeks with this new
      Hoodia patch, without changing my diet! Even Oprah talked about it.

      Get your free trial here: http://hoodia-slim.cn/trial

      Talk soon,
      L.`,
  },
  {
    id: 'r6b-095',
    label: 'spam',
    kind: 'phishing',
    lang: 'en',
    from: 'Mail Administrator <postmaster@kellerworks.com>',
    subject: 'Your mailbox has exceeded its quota',
    text: t`
      Dear kellerworks.com Email User,

      Your mailbox has exceeded the storage limit of 2GB as set by your
      administrator. You are currently running on 2.3GB. You may not be able
      to send or receive new mail until you re-validate your mailbox.

      To re-validate your mailbox please click the link below and fill in
      your username and password:

      http://webmail-upgrade-center.com/kellerworks/validate.php

      Failure to do this within 24 hours will result in your mailbox being
      deactivated.

      Thanks,
      System Administrator`,
  },
  {
    id: 'r6b-096',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Casino Royale Online <bonus@goldenpalace-vip.com>',
    subject: '$500 FREE casino bonus waiting for you, Sam',
    html: t`
      <html><body bgcolor="#000000">
      <center>
      <font color="#ffcc00" size="6" face="Georgia"><b>$500 FREE</b></font><br>
      <font color="#ffffff" size="3" face="Arial">Welcome bonus on your first deposit!<br>
      Blackjack - Roulette - Slots - Video Poker</font><br><br>
      <a href="http://goldenpalace-vip.com/download.php?c=8812"><img src="http://goldenpalace-vip.com/img/download_btn.gif" border="0"></a><br><br>
      <font color="#666666" size="1" face="Arial">You must be 18 or older. To unsubscribe reply with "remove" in the subject line.</font>
      </center>
      </body></html>`,
  },
  {
    id: 'r6b-097',
    label: 'spam',
    kind: 'cold-pitch',
    lang: 'en',
    from: 'Directory Submissions <listings@worldwide-business-registry.com>',
    subject: 'Confirm your company listing - kellerworks',
    text: t`
      Dear Business Owner,

      Please confirm the details of your company for the 2008 edition of the
      Worldwide Business Registry:

        Company: Kellerworks
        Address: [please complete]
        Activity: Web design

      Simply sign and return the attached form by fax to +34 91 830 2271.

      (Small print: by returning the form you order a listing for 3 years at
      EUR 995 per year.)

      Is the information above correct? Please reply today to keep your
      listing active.`,
  },
  {
    id: 'r6b-098',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Ink Depot <deals@ink-depot-discount.com>',
    subject: 'Printer cartridges up to 75% off - HP, Epson, Canon, Lexmark',
    text: t`
      SAVE UP TO 75% ON INKJET AND TONER CARTRIDGES!!

      HP 56 Black ............. $9.99
      HP 57 Tri-colour ........ $12.99
      Epson T0441 ............. $4.99
      Canon BCI-6 (set of 6) .. $14.99

      Same quality as the originals - 100% satisfaction guarantee!
      FREE shipping on orders over $50.

      Shop now: http://www.ink-depot-discount.com

      You are receiving this email because your address was on a list of
      people interested in computer supplies. If this is an error, please
      reply with "remove" and accept our apologies.`,
  },
  {
    id: 'r6b-099',
    label: 'spam',
    kind: 'advance-fee',
    lang: 'en',
    from: 'Mr. Chen Wu <chenwu_hsbc@mail.com>',
    subject: 'Business Proposal - Reply Needed',
    text: t`
      Good day,

      I am Mr. Chen Wu, Credit Manager with Hang Seng Bank, Hong Kong. I have
      an obscured business suggestion for you. Before the U.S and Iraqi war
      our client Major Fadi Basem who was with the Iraqi forces and also
      businessman made a numbered fixed deposit for 18 calendar months, with
      a value of Twenty four million, five hundred thousand United State
      Dollars only in my branch.

      Upon maturity several notices was sent to him, we later found out that
      he died along with his supposed next of kin. I am contacting you to
      stand as the beneficiary. Can I trust you with this?

      Please reply to my private email chenwu_hsbc@mail.com for more
      details.

      Regards,
      Chen Wu`,
  },
  {
    id: 'r6b-100',
    label: 'spam',
    kind: 'marketing-spam',
    lang: 'en',
    from: 'Penny Stock Report <editor@smallcap-explosion.com>',
    subject: 'This could be the next GOOG - get in before Monday',
    html: t`
      <html><body>
      <img src="http://smallcap-explosion.com/r/ticker_0312.gif" alt="PGOL.PK - Golden Pacific Mining - Target $2.10"><br>
      <font face="Verdana" size="2">
      <b>Golden Pacific Mining (PGOL.PK)</b><br>
      Current: $0.17 &nbsp; 5-day target: $0.85 &nbsp; 30-day target: $2.10<br><br>
      Geologists confirm HIGH GRADE gold deposits at the Nevada claim. Volume up 900% on Friday.
      Smart money is already moving - are you?<br><br>
      </font>
      <font face="Verdana" size="1" color="#888888">This newsletter is a paid advertisement. We hold shares which we may sell at any time.
      To stop receiving this newsletter reply with REMOVE.</font>
      </body></html>`,
  },
];
