#include "models/serveraddress.h"

#include <QStringList>
#include <array>
#include <optional>

namespace ucmc::ServerAddress {

namespace {

std::optional<std::array<int, 4>> ipv4Parts(QStringView host)
{
    std::array<int, 4> parts{};
    size_t count = 0;
    int value = -1;
    for (const QChar c : host) {
        if (c == u'.') {
            if (value < 0 || count == 3)
                return std::nullopt;
            parts[count++] = value;
            value = -1;
        } else if (c >= u'0' && c <= u'9') {
            value = (value < 0 ? 0 : value * 10) + (c.unicode() - u'0');
            if (value > 255)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    if (value < 0 || count != 3)
        return std::nullopt;
    parts[3] = value;
    return parts;
}

AddressScope ipv4Scope(QStringView host)
{
    const auto parts = ipv4Parts(host);
    if (!parts)
        return AddressScope::Unknown;
    const auto [a, b, c, d] = *parts;
    if (a == 127)
        return AddressScope::Loopback;
    if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 169 && b == 254))
        return AddressScope::PrivateLan;
    if (a == 0 || a >= 224)
        return AddressScope::Unusable; // this network, multicast, reserved, broadcast
    Q_UNUSED(c);
    Q_UNUSED(d);
    return AddressScope::Public;
}

// The eight 16-bit groups of a valid IPv6 address (zone removed by the caller).
std::optional<std::array<quint16, 8>> ipv6Groups(QStringView address)
{
    std::array<quint16, 8> groups{};
    auto parseSide = [](QStringView side, std::vector<quint16> &out) {
        if (side.isEmpty())
            return true;
        const auto pieces = side.split(u':');
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (pieces[i].contains(u'.')) {
                const auto v4 = ipv4Parts(pieces[i]);
                if (!v4 || i != pieces.size() - 1)
                    return false;
                out.push_back(quint16((*v4)[0] << 8 | (*v4)[1]));
                out.push_back(quint16((*v4)[2] << 8 | (*v4)[3]));
                continue;
            }
            bool ok = false;
            const uint value = pieces[i].toUInt(&ok, 16);
            if (!ok || value > 0xFFFF)
                return false;
            out.push_back(quint16(value));
        }
        return true;
    };
    std::vector<quint16> head, tail;
    const qsizetype gap = address.indexOf(u"::");
    if (gap < 0) {
        if (!parseSide(address, head) || head.size() != 8)
            return std::nullopt;
    } else if (!parseSide(address.left(gap), head) || !parseSide(address.mid(gap + 2), tail) ||
               head.size() + tail.size() > 7) {
        return std::nullopt;
    }
    std::copy(head.begin(), head.end(), groups.begin());
    std::copy(tail.begin(), tail.end(), groups.end() - qsizetype(tail.size()));
    return groups;
}

bool isMappedIpv4(const std::array<quint16, 8> &g)
{
    return g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0xFFFF;
}

bool isIpv6Loopback(const std::array<quint16, 8> &g)
{
    return g[0] == 0 && g[1] == 0 && g[2] == 0 && g[3] == 0 && g[4] == 0 && g[5] == 0 && g[6] == 0 &&
           g[7] == 1;
}

QString mappedIpv4Text(const std::array<quint16, 8> &g)
{
    return QStringLiteral("%1.%2.%3.%4").arg(g[6] >> 8).arg(g[6] & 0xFF).arg(g[7] >> 8).arg(g[7] & 0xFF);
}

AddressScope ipv6Scope(QStringView address)
{
    const qsizetype percent = address.indexOf(u'%');
    const auto groups = ipv6Groups(percent >= 0 ? address.left(percent) : address);
    if (!groups)
        return AddressScope::Unknown;
    const auto &g = *groups;
    if (isIpv6Loopback(g))
        return AddressScope::Loopback;
    if (isMappedIpv4(g))
        return ipv4Scope(mappedIpv4Text(g));
    if (std::all_of(g.begin(), g.end(), [](quint16 v) { return v == 0; }) || (g[0] & 0xFF00) == 0xFF00)
        return AddressScope::Unusable;
    if ((g[0] & 0xFE00) == 0xFC00 || (g[0] & 0xFFC0) == 0xFE80)
        return AddressScope::PrivateLan;
    return AddressScope::Public;
}

bool isLocalhostName(QStringView host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    return host.compare(u"localhost", Qt::CaseInsensitive) == 0;
}

} // namespace

QString normalizedIpv6(QStringView address)
{
    const qsizetype percent = address.indexOf(u'%');
    const QStringView zone = percent >= 0 ? address.mid(percent) : QStringView();
    const auto groups = ipv6Groups(percent >= 0 ? address.left(percent) : address);
    if (!groups)
        return address.toString().toLower();
    const auto &g = *groups;
    if (isMappedIpv4(g))
        return mappedIpv4Text(g);
    // RFC 5952: the longest run of two or more zero groups becomes "::" (the first on a tie).
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (g[size_t(i)] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && g[size_t(j)] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += QStringLiteral("::");
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(u':'))
            text += u':';
        text += QString::number(g[size_t(i)], 16);
    }
    return text + zone.toString();
}

AddressScope scopeOf(const MediaServerUrl &url)
{
    switch (url.hostKind) {
    case HostKind::IPv4:
        return ipv4Scope(url.host);
    case HostKind::IPv6:
        return ipv6Scope(url.host);
    case HostKind::Hostname:
        return isLocalhostName(url.host) ? AddressScope::Loopback : AddressScope::Unknown;
    }
    return AddressScope::Unknown;
}

bool isLoopback(const MediaServerUrl &url)
{
    return scopeOf(url) == AddressScope::Loopback;
}

QString identity(const MediaServerUrl &url)
{
    QString host;
    switch (url.hostKind) {
    case HostKind::IPv4:
        host = url.host;
        break;
    case HostKind::IPv6: {
        host = normalizedIpv6(url.host);
        if (host == u"::1")
            host = QStringLiteral("127.0.0.1");
        break;
    }
    case HostKind::Hostname:
        host = url.host.toLower();
        if (host.endsWith(u'.'))
            host.chop(1);
        if (host == u"localhost")
            host = QStringLiteral("127.0.0.1");
        break;
    }
    return host + u':' + QString::number(url.port);
}

} // namespace ucmc::ServerAddress
