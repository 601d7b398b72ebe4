#include "models/mediaserverurl.h"

namespace ucmc {

namespace {

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isValidScheme(QStringView scheme)
{
    if (scheme.isEmpty() || !isAsciiAlpha(scheme.front()))
        return false;
    for (QChar c : scheme) {
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'+' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

bool looksLikeIPv4(QStringView host)
{
    for (QChar c : host) {
        if (!isAsciiDigit(c) && c != u'.')
            return false;
    }
    return true;
}

bool isValidIPv4(QStringView host)
{
    int parts = 0;
    qsizetype i = 0;
    while (i <= host.size()) {
        qsizetype end = host.indexOf(u'.', i);
        if (end < 0)
            end = host.size();
        const QStringView part = host.mid(i, end - i);
        if (part.isEmpty() || part.size() > 3)
            return false;
        if (part.size() > 1 && part.front() == u'0')
            return false;
        if (part.toInt() > 255)
            return false;
        ++parts;
        i = end + 1;
        if (end == host.size())
            break;
    }
    return parts == 4;
}

// RFC 4291 text forms, with an optional embedded IPv4 tail and an optional zone ("%eth0").
bool isValidIPv6(QStringView address)
{
    const qsizetype percent = address.indexOf(u'%');
    if (percent >= 0) {
        const QStringView zone = address.mid(percent + 1);
        if (zone.isEmpty())
            return false;
        for (QChar c : zone) {
            if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'-' && c != u'.' && c != u'_' && c != u'~'
                && c != u'%')
                return false;
        }
        address = address.left(percent);
    }
    if (address.isEmpty())
        return false;
    const qsizetype doubleColon = address.indexOf(u"::");
    if (doubleColon >= 0 && address.indexOf(u"::", doubleColon + 1) >= 0)
        return false;

    auto countGroups = [](QStringView part, bool allowIPv4Tail, int &groups) {
        groups = 0;
        if (part.isEmpty())
            return true;
        const auto pieces = part.split(u':');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QStringView piece = pieces[i];
            if (allowIPv4Tail && i == pieces.size() - 1 && piece.contains(u'.')) {
                if (!isValidIPv4(piece))
                    return false;
                groups += 2;
                continue;
            }
            if (piece.isEmpty() || piece.size() > 4)
                return false;
            for (QChar c : piece) {
                if (!isHexDigit(c))
                    return false;
            }
            ++groups;
        }
        return true;
    };

    if (doubleColon < 0) {
        int groups = 0;
        return countGroups(address, true, groups) && groups == 8;
    }
    int head = 0, tail = 0;
    if (!countGroups(address.left(doubleColon), false, head))
        return false;
    if (!countGroups(address.mid(doubleColon + 2), true, tail))
        return false;
    return head + tail <= 7;
}

bool isValidHostname(QStringView host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.isEmpty() || host.size() > 253)
        return false;
    for (QStringView label : host.split(u'.')) {
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != u'-' && c != u'_')
                return false;
        }
    }
    return true;
}

// The usual scheme and path texts share static storage instead of allocating per entry.
QString sharedText(QStringView text)
{
    static const QString common[] = {QStringLiteral("ws"), QStringLiteral("wss"), QStringLiteral("/kurento"),
                                     QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("/")};
    for (const QString &candidate : common) {
        if (candidate == text)
            return candidate;
    }
    return text.toString();
}

} // namespace

bool MediaServerUrl::isWebSocket() const
{
    return scheme.compare(u"ws", Qt::CaseInsensitive) == 0 || scheme.compare(u"wss", Qt::CaseInsensitive) == 0;
}

QString MediaServerUrl::hostForUrl() const
{
    if (hostKind == HostKind::IPv6)
        return u'[' + host + u']';
    return host;
}

QString MediaServerUrl::authority() const
{
    if (port < 0)
        return hostForUrl();
    return hostForUrl() + u':' + QString::number(port);
}

bool MediaServerUrl::isValidHost(QStringView host)
{
    if (host.size() > 2 && host.front() == u'[' && host.back() == u']')
        return isValidIPv6(host.mid(1, host.size() - 2));
    if (host.contains(u':'))
        return isValidIPv6(host);
    return looksLikeIPv4(host) ? isValidIPv4(host) : isValidHostname(host);
}

int MediaServerUrl::defaultPortForScheme(QStringView scheme)
{
    if (scheme.compare(u"ws", Qt::CaseInsensitive) == 0 || scheme.compare(u"http", Qt::CaseInsensitive) == 0)
        return 80;
    if (scheme.compare(u"wss", Qt::CaseInsensitive) == 0 || scheme.compare(u"https", Qt::CaseInsensitive) == 0)
        return 443;
    return -1;
}

Result<MediaServerUrl, UrlProblem> MediaServerUrl::parse(QStringView text)
{
    using E = Error<UrlProblem>;
    if (text.isEmpty())
        return E{UrlProblem::Empty, tr("The address is empty.")};
    for (QChar c : text) {
        const bool bad = c.unicode() < 0x80 ? (c.unicode() <= 0x20 || c.unicode() == 0x7F)
                                            : (c.isSpace() || c.category() == QChar::Other_Control);
        if (bad)
            return E{UrlProblem::Whitespace, tr("The address contains a space, tab or line break. Remove it.")};
    }

    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd <= 0)
        return E{UrlProblem::NoScheme,
                 tr("The address does not start with a scheme such as ws://. Write it like "
                    "ws://10.21.3.11:8888/kurento.")};
    MediaServerUrl url;
    const QStringView scheme = text.left(schemeEnd);
    if (!isValidScheme(scheme))
        return E{UrlProblem::InvalidScheme,
                 tr("\"%1\" is not a valid scheme. Use ws:// or wss://.").arg(scheme.toString())};
    url.scheme = sharedText(scheme);
    url.secure = scheme.compare(u"wss", Qt::CaseInsensitive) == 0
                 || scheme.compare(u"https", Qt::CaseInsensitive) == 0;

    QStringView rest = text.mid(schemeEnd + 3);
    qsizetype authorityEnd = rest.size();
    for (qsizetype i = 0; i < rest.size(); ++i) {
        if (rest[i] == u'/' || rest[i] == u'?' || rest[i] == u'#') {
            authorityEnd = i;
            break;
        }
    }
    QStringView authority = rest.left(authorityEnd);
    QStringView tail = rest.mid(authorityEnd);

    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        url.userInfo = authority.left(at).toString();
        authority = authority.mid(at + 1);
    }
    if (authority.isEmpty())
        return E{UrlProblem::NoHost,
                 tr("The address has no host name or IP address after %1://.").arg(url.scheme)};

    QStringView host;
    QStringView portText;
    bool hasPort = false;
    if (authority.front() == u'[') {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return E{UrlProblem::InvalidHost,
                     tr("The IPv6 address has no closing bracket ]. Write it like ws://[fd00::11]:8888/kurento.")};
        host = authority.mid(1, close - 1);
        const QStringView after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (after.front() != u':')
                return E{UrlProblem::InvalidHost,
                         tr("Unexpected text \"%1\" after the IPv6 address.").arg(after.toString())};
            hasPort = true;
            portText = after.mid(1);
        }
        if (host.isEmpty())
            return E{UrlProblem::NoHost, tr("The brackets [ ] contain no IPv6 address.")};
        if (!isValidIPv6(host))
            return E{UrlProblem::InvalidHost,
                     tr("\"%1\" is not a valid IPv6 address.").arg(host.toString())};
        url.hostKind = HostKind::IPv6;
    } else {
        const qsizetype colon = authority.indexOf(u':');
        if (colon >= 0 && authority.indexOf(u':', colon + 1) >= 0)
            return E{UrlProblem::InvalidHost,
                     tr("An IPv6 address must be written in square brackets, for example "
                        "ws://[fd00::11]:8888/kurento.")};
        host = colon >= 0 ? authority.left(colon) : authority;
        if (colon >= 0) {
            hasPort = true;
            portText = authority.mid(colon + 1);
        }
        if (host.isEmpty())
            return E{UrlProblem::NoHost,
                     tr("The address has no host name or IP address after %1://.").arg(url.scheme)};
        if (looksLikeIPv4(host)) {
            if (!isValidIPv4(host))
                return E{UrlProblem::InvalidHost,
                         tr("\"%1\" is not a valid IPv4 address. Write four numbers from 0 to 255 without "
                            "leading zeros, separated by dots, for example 10.21.3.11.")
                             .arg(host.toString())};
            url.hostKind = HostKind::IPv4;
        } else {
            if (!isValidHostname(host))
                return E{UrlProblem::InvalidHost,
                         tr("\"%1\" is not a valid host name. Use letters, digits, hyphens and dots, or an "
                            "IP address.")
                             .arg(host.toString())};
            url.hostKind = HostKind::Hostname;
        }
    }
    url.host = host.toString();

    if (hasPort) {
        if (portText.isEmpty())
            return E{UrlProblem::InvalidPort, tr("The port number after the colon is missing.")};
        for (QChar c : portText) {
            if (!isAsciiDigit(c))
                return E{UrlProblem::InvalidPort,
                         tr("\"%1\" is not a port number. Use digits only, for example 8888.")
                             .arg(portText.toString())};
        }
        // Leading zeros are harmless; more than 5 significant digits is out of range anyway.
        QStringView significant = portText;
        while (significant.size() > 1 && significant.front() == u'0')
            significant = significant.mid(1);
        const int value = significant.size() > 5 ? 100000 : significant.toInt();
        if (value < 1 || value > 65535)
            return E{UrlProblem::PortOutOfRange,
                     tr("The port %1 is outside the valid range 1 to 65535.").arg(portText.toString())};
        url.port = value;
        url.portExplicit = true;
    } else {
        url.port = defaultPortForScheme(scheme);
    }

    const qsizetype hash = tail.indexOf(u'#');
    if (hash >= 0) {
        url.fragment = tail.mid(hash + 1).toString();
        tail = tail.left(hash);
    }
    const qsizetype question = tail.indexOf(u'?');
    if (question >= 0) {
        url.query = tail.mid(question + 1).toString();
        tail = tail.left(question);
    }
    url.path = sharedText(tail);
    return url;
}

QString KurentoDefaults::url(const QString &host, bool secure)
{
    const QString hostPart = host.contains(u':') ? u'[' + host + u']' : host;
    return (secure ? QStringLiteral("wss://") : QStringLiteral("ws://")) + hostPart + u':'
           + QString::number(portFor(secure)) + path();
}

} // namespace ucmc
