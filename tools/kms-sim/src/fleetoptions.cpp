#include "fleetoptions.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace kmssim {

namespace {

constexpr int MaxServers = 100000;

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// "I=VALUE" or "all=VALUE"; index -1 stands for all.
bool splitIndexed(const QString &text, int &index, QString &value)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    const QString which = text.left(eq);
    value = text.mid(eq + 1);
    if (which == QLatin1String("all")) {
        index = -1;
        return true;
    }
    bool ok = false;
    index = which.toInt(&ok);
    return ok && index >= 0;
}

bool parsePort(const QString &text, quint16 &port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    port = quint16(value);
    return true;
}

bool parseSeconds(const QString &text, double &seconds, double min)
{
    bool ok = false;
    seconds = text.toDouble(&ok);
    return ok && std::isfinite(seconds) && seconds >= min && seconds <= 31536000;
}

QList<QCommandLineOption> optionList()
{
    using O = QCommandLineOption;
    return {
        O(QStringLiteral("count"), QStringLiteral("Number of servers (default 1)."), QStringLiteral("n")),
        O(QStringLiteral("address"), QStringLiteral("First loopback address (default 127.0.0.11)."),
          QStringLiteral("ip")),
        O(QStringLiteral("port"), QStringLiteral("ws:// port (default 8888; 0 = ephemeral)."),
          QStringLiteral("port")),
        O(QStringLiteral("secure-port"), QStringLiteral("wss:// port (default 8433; 0 = ephemeral)."),
          QStringLiteral("port")),
        O(QStringLiteral("consecutive-ports"),
          QStringLiteral("One address; server i listens on port+i (and secure-port+i).")),
        O(QStringLiteral("version"), QStringLiteral("Reported version, for all (V) or for server I (I=V)."),
          QStringLiteral("V|I=V")),
        O(QStringLiteral("wss"), QStringLiteral("All servers listen with TLS only (wss://).")),
        O(QStringLiteral("wss-index"), QStringLiteral("Server I listens with TLS only; repeatable."),
          QStringLiteral("I")),
        O(QStringLiteral("dual"), QStringLiteral("Every server listens on ws:// and wss://, like KMS with "
                                                 "its secure section enabled.")),
        O(QStringLiteral("certificate"), QStringLiteral("PEM file with certificate chain and private key."),
          QStringLiteral("file")),
        O(QStringLiteral("certificate-password"), QStringLiteral("Password of the private key."),
          QStringLiteral("password")),
        O(QStringLiteral("self-signed"), QStringLiteral("Make a self-signed certificate with openssl.")),
        O(QStringLiteral("certificate-expired"),
          QStringLiteral("With --self-signed: the certificate expired yesterday (valid for 30 days before).")),
        O(QStringLiteral("certificate-host"),
          QStringLiteral("With --self-signed: the certificate is for this host name, not for the addresses."),
          QStringLiteral("name")),
        O(QStringLiteral("fault"), QStringLiteral("Start server I (or all) in a fault mode; repeatable."),
          QStringLiteral("I=mode[:arg]")),
        O(QStringLiteral("pipelines"), QStringLiteral("Create N load pipelines on server I (or all)."),
          QStringLiteral("I=N")),
        O(QStringLiteral("gc-period"), QStringLiteral("Session garbage collector period (default 240)."),
          QStringLiteral("seconds")),
        O(QStringLiteral("request-cache-ms"),
          QStringLiteral("Request cache lifetime (default 20000; 0 = off)."), QStringLiteral("ms")),
        O(QStringLiteral("handshake-timeout-ms"), QStringLiteral("Opening handshake timeout (default 5000)."),
          QStringLiteral("ms")),
        O(QStringLiteral("max-message-size"), QStringLiteral("Largest accepted message (default 32000000)."),
          QStringLiteral("bytes")),
        O(QStringLiteral("metadata"), QStringLiteral("JSON of the config's metadata node (getMetadata)."),
          QStringLiteral("json")),
        O(QStringLiteral("cpu-count"), QStringLiteral("getCpuCount answer (default: this machine's)."),
          QStringLiteral("n")),
        O(QStringLiteral("path"), QStringLiteral("WebSocket path (default kurento)."),
          QStringLiteral("path")),
        O(QStringLiteral("control-port"), QStringLiteral("Also read control commands on 127.0.0.1:port."),
          QStringLiteral("port")),
        O(QStringLiteral("threads"),
          QStringLiteral("Worker threads (default: one per 125 servers, at most 8)."), QStringLiteral("n")),
        O(QStringLiteral("no-stdin"), QStringLiteral("Do not read commands from stdin nor exit at its EOF.")),
        O(QStringLiteral("lifetime"), QStringLiteral("Exit after this long."), QStringLiteral("seconds")),
    };
}

} // namespace

std::optional<QHostAddress> loopbackAddress(const QHostAddress &first, int index)
{
    bool ok = false;
    const quint32 base = first.toIPv4Address(&ok);
    if (!ok || index < 0)
        return std::nullopt;
    const quint64 value = quint64(base) + quint64(index);
    // Inside 127.0.0.0/8, without its network and broadcast addresses.
    if ((base >> 24) != 127 || value >= 0x7fffffffULL || value <= 0x7f000000ULL)
        return std::nullopt;
    return QHostAddress(quint32(value));
}

QString FleetOptions::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("kms-sim: a Kurento Media Server 7.3.0 protocol simulator."));
    parser.addHelpOption();
    parser.addOptions(optionList());
    return parser.helpText();
}

std::optional<FleetOptions> FleetOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    parser.addOptions(optionList());
    FleetOptions o;
    if (!parser.parse(arguments)) {
        fail(error, parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        o.helpRequested = true;
        return o;
    }
    if (!parser.positionalArguments().isEmpty()) {
        fail(error, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().front()));
        return std::nullopt;
    }
    const auto invalid = [&](const QString &option) {
        fail(error, QStringLiteral("invalid value '%1' for --%2").arg(parser.value(option), option));
        return std::nullopt;
    };

    bool ok = true;
    if (parser.isSet(QStringLiteral("count"))) {
        o.count = parser.value(QStringLiteral("count")).toInt(&ok);
        if (!ok || o.count < 1 || o.count > MaxServers)
            return invalid(QStringLiteral("count"));
    }
    if (parser.isSet(QStringLiteral("address"))) {
        o.address = QHostAddress(parser.value(QStringLiteral("address")));
        if (o.address.protocol() != QAbstractSocket::IPv4Protocol)
            return invalid(QStringLiteral("address"));
    }
    o.allSecure = parser.isSet(QStringLiteral("wss"));
    o.dual = parser.isSet(QStringLiteral("dual"));
    if (parser.isSet(QStringLiteral("port")) && !parsePort(parser.value(QStringLiteral("port")), o.port))
        return invalid(QStringLiteral("port"));
    if (parser.isSet(QStringLiteral("secure-port"))) {
        if (!parsePort(parser.value(QStringLiteral("secure-port")), o.securePort))
            return invalid(QStringLiteral("secure-port"));
    } else if (o.allSecure && parser.isSet(QStringLiteral("port"))) {
        o.securePort = o.port; // "--wss --port 9000" means wss on 9000
    }
    o.consecutivePorts = parser.isSet(QStringLiteral("consecutive-ports"));
    for (const QString &text : parser.values(QStringLiteral("wss-index"))) {
        const int index = text.toInt(&ok);
        if (!ok || index < 0 || index >= o.count) {
            fail(error, QStringLiteral("invalid value '%1' for --wss-index").arg(text));
            return std::nullopt;
        }
        o.secureIndexes.insert(index);
    }
    if (int(o.allSecure) + int(o.dual) + int(!o.secureIndexes.isEmpty()) > 1) {
        fail(error, QStringLiteral("use only one of --wss, --wss-index and --dual"));
        return std::nullopt;
    }
    o.certificate = parser.value(QStringLiteral("certificate"));
    o.certificatePassword = parser.value(QStringLiteral("certificate-password")).toUtf8();
    o.selfSigned = parser.isSet(QStringLiteral("self-signed"));
    const bool anySecure = o.allSecure || o.dual || !o.secureIndexes.isEmpty();
    if (anySecure && o.certificate.isEmpty() && !o.selfSigned) {
        fail(error, QStringLiteral("wss needs --certificate <cert+key.pem> or --self-signed"));
        return std::nullopt;
    }
    if (!o.certificate.isEmpty() && o.selfSigned) {
        fail(error, QStringLiteral("use either --certificate or --self-signed"));
        return std::nullopt;
    }
    o.certificateExpired = parser.isSet(QStringLiteral("certificate-expired"));
    o.certificateHost = parser.value(QStringLiteral("certificate-host"));
    if ((o.certificateExpired || parser.isSet(QStringLiteral("certificate-host"))) && !o.selfSigned) {
        fail(error, QStringLiteral("--certificate-expired and --certificate-host need --self-signed"));
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("certificate-host"))) {
        // A DNS name for subjectAltName: letters, digits, '-', '.', no spaces or commas.
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
        if (!name.match(o.certificateHost).hasMatch())
            return invalid(QStringLiteral("certificate-host"));
    }

    for (const QString &text : parser.values(QStringLiteral("version"))) {
        int index = -1;
        QString value;
        if (splitIndexed(text, index, value)) {
            if (index >= o.count || value.isEmpty()) {
                fail(error, QStringLiteral("invalid value '%1' for --version").arg(text));
                return std::nullopt;
            }
            if (index < 0)
                o.defaultVersion = value;
            else
                o.versions.insert(index, value);
        } else if (!text.isEmpty()) {
            o.defaultVersion = text;
        }
    }
    for (const QString &text : parser.values(QStringLiteral("fault"))) {
        int index = -1;
        QString spec;
        QString faultError;
        if (!splitIndexed(text, index, spec) || index >= o.count) {
            fail(error, QStringLiteral("invalid value '%1' for --fault (I=mode[:arg])").arg(text));
            return std::nullopt;
        }
        const auto fault = Fault::parse(spec, &faultError);
        if (!fault) {
            fail(error, QStringLiteral("--fault %1: %2").arg(text, faultError));
            return std::nullopt;
        }
        o.faults.append({index, *fault});
    }
    for (const QString &text : parser.values(QStringLiteral("pipelines"))) {
        int index = -1;
        QString value;
        const int n = splitIndexed(text, index, value) ? value.toInt(&ok) : -1;
        if (!ok || n < 0 || n > 100000 || index >= o.count) {
            fail(error, QStringLiteral("invalid value '%1' for --pipelines (I=N)").arg(text));
            return std::nullopt;
        }
        o.pipelines.append({index, n});
    }
    if (parser.isSet(QStringLiteral("gc-period"))) {
        double seconds = 0;
        if (!parseSeconds(parser.value(QStringLiteral("gc-period")), seconds, 0.01))
            return invalid(QStringLiteral("gc-period"));
        o.base.gcPeriod = std::chrono::milliseconds(qint64(std::llround(seconds * 1000)));
    }
    const auto milliseconds = [&](const QString &name, qint64 min, qint64 max,
                                  std::chrono::milliseconds &out) {
        if (!parser.isSet(name))
            return true;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value < min || value > max)
            return false;
        out = std::chrono::milliseconds(value);
        return true;
    };
    if (!milliseconds(QStringLiteral("request-cache-ms"), 0, 3600000, o.base.requestCacheTimeout))
        return invalid(QStringLiteral("request-cache-ms"));
    if (!milliseconds(QStringLiteral("handshake-timeout-ms"), 1, 3600000, o.base.handshakeTimeout))
        return invalid(QStringLiteral("handshake-timeout-ms"));
    if (parser.isSet(QStringLiteral("max-message-size"))) {
        o.base.maxMessageSize = parser.value(QStringLiteral("max-message-size")).toLongLong(&ok);
        if (!ok || o.base.maxMessageSize < 1 || o.base.maxMessageSize > (1LL << 31))
            return invalid(QStringLiteral("max-message-size"));
    }
    o.base.metadata = parser.value(QStringLiteral("metadata")).toUtf8();
    if (parser.isSet(QStringLiteral("cpu-count"))) {
        o.base.cpuCount = parser.value(QStringLiteral("cpu-count")).toInt(&ok);
        if (!ok || o.base.cpuCount < 1 || o.base.cpuCount > 4096)
            return invalid(QStringLiteral("cpu-count"));
    }
    if (parser.isSet(QStringLiteral("path")))
        o.base.path = parser.value(QStringLiteral("path"));
    if (parser.isSet(QStringLiteral("control-port"))) {
        quint16 port = 0;
        if (!parsePort(parser.value(QStringLiteral("control-port")), port))
            return invalid(QStringLiteral("control-port"));
        o.controlPort = port;
    }
    if (parser.isSet(QStringLiteral("threads"))) {
        o.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || o.threads < 0 || o.threads > 64)
            return invalid(QStringLiteral("threads"));
    }
    o.readStdin = !parser.isSet(QStringLiteral("no-stdin"));
    if (parser.isSet(QStringLiteral("lifetime")) &&
        !parseSeconds(parser.value(QStringLiteral("lifetime")), o.lifetimeSeconds, 0.001))
        return invalid(QStringLiteral("lifetime"));

    // Every server must get its own loopback address or port.
    if (!loopbackAddress(o.address, 0)) {
        fail(error,
             QStringLiteral("only 127.0.0.0/8 addresses are allowed, not %1").arg(o.address.toString()));
        return std::nullopt;
    }
    if (o.consecutivePorts) {
        const auto fits = [&](quint16 first) { return first == 0 || int(first) + o.count - 1 <= 65535; };
        if (!fits(o.port) || ((anySecure) && !fits(o.securePort))) {
            fail(error, QStringLiteral("%1 consecutive ports do not fit below 65536").arg(o.count));
            return std::nullopt;
        }
    } else if (!loopbackAddress(o.address, o.count - 1)) {
        fail(error, QStringLiteral("%1 consecutive addresses from %2 leave 127.0.0.0/8")
                        .arg(o.count)
                        .arg(o.address.toString()));
        return std::nullopt;
    }
    return o;
}

int FleetOptions::effectiveThreads() const
{
    if (threads >= 0)
        return threads;
    return count < 125 ? 0 : std::min(8, (count + 124) / 125);
}

bool FleetOptions::isSecure(int index) const
{
    return allSecure || secureIndexes.contains(index);
}

QHostAddress FleetOptions::addressOf(int index) const
{
    return consecutivePorts ? address : loopbackAddress(address, index).value_or(QHostAddress());
}

std::optional<QList<ServerConfig>> FleetOptions::serverConfigs(QString *error) const
{
    std::shared_ptr<const TlsIdentity> tls;
    if (allSecure || dual || !secureIndexes.isEmpty()) {
        if (selfSigned) {
            QList<QHostAddress> addresses;
            for (int i = 0; i < (consecutivePorts ? 1 : count); ++i)
                addresses << addressOf(i);
            TlsIdentity::CertificateOptions certificateOptions;
            certificateOptions.expired = certificateExpired;
            certificateOptions.hostName = certificateHost;
            tls = TlsIdentity::generateSelfSigned(addresses, certificateOptions, error);
        } else {
            tls = TlsIdentity::fromPemFile(certificate, certificatePassword, error);
        }
        if (!tls)
            return std::nullopt;
    }
    QList<ServerConfig> configs;
    configs.reserve(count);
    for (int i = 0; i < count; ++i) {
        ServerConfig c = base;
        c.address = addressOf(i);
        const auto offset = [&](quint16 p) { return quint16(consecutivePorts && p != 0 ? p + i : p); };
        c.wsPort.reset();
        if (dual || !isSecure(i))
            c.wsPort = offset(port);
        if (dual || isSecure(i)) {
            c.wssPort = offset(securePort);
            c.tls = tls;
        }
        c.version = versions.value(i, defaultVersion);
        configs.append(c);
    }
    return configs;
}

} // namespace kmssim
