#pragma once

// What kind of address a media server has, and when two addresses mean the same server.
//
// Decisions:
// - Loopback: 127.0.0.0/8, the host name localhost (any case, trailing dot allowed) and ::1.
// - Private LAN: RFC 1918 (10/8, 172.16/12, 192.168/16) and link-local 169.254/16, plus the
//   IPv6 unique-local fc00::/7 and link-local fe80::/10 ranges.
// - Unusable: 0.0.0.0/8 (this network), multicast 224/4, 255.255.255.255 and the reserved
//   240/4; for IPv6 the unspecified :: and multicast ff00::/8.
// - Everything else is public. Host names cannot be classified without DNS: Unknown.
// - identity(): host and port after normalising the spelling (see serveraddress.cpp).

#include "models/mediaserverurl.h"

#include <QString>
#include <QStringView>

namespace ucmc {

enum class AddressScope { Loopback, PrivateLan, Public, Unusable, Unknown };

namespace ServerAddress {

AddressScope scopeOf(const MediaServerUrl &url);
bool isLoopback(const MediaServerUrl &url);
// "10.21.3.11:8888", "fd00::1:8433", "127.0.0.1:8888" for localhost and ::1, "media-7.example.com:8888".
QString identity(const MediaServerUrl &url);
// A valid IPv6 text in its shortest lower-case form ("FD00:0:0::01" -> "fd00::1"); an
// IPv4-mapped address (::ffff:10.0.0.1) becomes the IPv4 text. A zone ("%eth0") is kept.
QString normalizedIpv6(QStringView address);

} // namespace ServerAddress

} // namespace ucmc
