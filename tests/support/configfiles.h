#pragma once

// The eucwebconfig.json files the tests write, in one place.

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace testsupport {

// The layout of the UC WebServer's own file: CRLF, three spaces, "key" : value. `extraMember`
// (e.g. R"("candkillipv6": 0)") goes into every entry after its url.
inline QByteArray estosConfigWith(const QStringList &urls, QByteArrayView extraMember = {})
{
    QByteArray json = "{\r\n   \"kurentoservers\" : [\r\n";
    for (qsizetype i = 0; i < urls.size(); ++i) {
        json += "      {\r\n         \"url\" : \"" + urls[i].toUtf8() + '"';
        if (!extraMember.isEmpty())
            json += ",\r\n         " + extraMember.toByteArray();
        json += "\r\n      }";
        json += i + 1 < urls.size() ? ",\r\n" : "\r\n";
    }
    return json + "   ]\r\n}\r\n";
}

// A compact layout: LF, one entry per line.
inline QByteArray compactConfigWith(const QStringList &urls)
{
    QByteArray json = "{\n  \"kurentoservers\": [\n";
    for (qsizetype i = 0; i < urls.size(); ++i)
        json += "    {\"url\": \"" + urls[i].toUtf8() + "\"}" + (i + 1 < urls.size() ? ",\n" : "\n");
    return json + "  ]\n}\n";
}

} // namespace testsupport
