#pragma once

// winrm-sim: a WinRM (WS-Management) endpoint simulator for the tests and the demo. It shares no
// code with the console's client (net/): HTTP with real NTLMv2 authentication and NTLM message
// encryption (unencrypted bodies refused, as a default Windows Server with AllowUnencrypted=false),
// HTTPS with a self-signed certificate (NTLM, or Basic when enabled), the remote shell operations,
// a small cmd/PowerShell stand-in, and simulated Windows services. See README.md.

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>
#include <QUrl>

#include <memory>

namespace procallsim {
class SimulatedProcallHost;
}
namespace kmssim {
class TlsIdentity;
}

namespace winrmsim {

// One simulated Windows service as Win32_Service shows it.
struct SimService
{
    QString name;
    QString displayName;
    QString pathName;            // as in the registry: may be quoted, may carry arguments
    QString state = QStringLiteral("Running"); // Win32_Service.State: Running, Stopped, Start Pending, Stop Pending
    QString startMode = QStringLiteral("Auto");  // Auto, Manual, Disabled
    QString productVersion;      // of the executable; empty: the file does not exist
    QString fileVersion;
    // When its process started (UTC): set when it comes up (Running), invalid while it does not run.
    // A service that runs from the start gets the simulator's start time unless one is given.
    QDateTime startedAt = {};
    bool isWebServer() const;    // the executable is EUCWeb.exe
};

// Fault knobs, switchable at run time (command line --fault, stdin "fault ...").
struct Faults
{
    bool rejectAuth = false;     // every NTLM/Basic authentication fails (as with a changed password)
    QSet<QString> stuckStop;     // services (lower-case names) that stay "Stop Pending" for ever
    bool psError = false;        // every PowerShell script fails with a CLIXML error (exit code 1)
    bool garbage = false;        // every PowerShell script prints unexpected text (exit code 0)
    bool progress = false;       // PowerShell also writes a CLIXML progress record to stderr
    bool accessDenied = false;   // shell creation fails with a WS-Management "Access is denied." fault
    int slowMs = 0;              // every HTTP answer is delayed this long
    // On HTTP with message encryption, every answer is replaced by a plain (unsealed) HTTP 500 SOAP
    // fault, as a man in the middle could inject one; a client must refuse it.
    bool plainFault = false;
    // "reject-auth", "stuck-stop=NAME", "ps-error", "garbage", "progress", "access-denied", "slow=MS",
    // "plain-fault", "clear"; a leading "no-" switches a flag off.
    bool apply(const QString &spec, QString *error);
    QString describe() const;
};

struct SimConfig
{
    enum class Role { UcServer, MediaServer, Fresh };

    QHostAddress address = QHostAddress(QStringLiteral("127.0.0.30"));
    int httpPort = 0;            // -1: no HTTP listener; 0: any free port
    int httpsPort = -1;          // -1: no HTTPS listener; 0: any free port
    QString user = QStringLiteral("Administrator");
    QString password;
    QString hostname = QStringLiteral("WINSERVER1");
    bool basicOnHttps = false;   // offer Basic on HTTPS (never on HTTP)
    QString certificatePem;      // cert+key PEM for HTTPS; empty: self-signed for the address
    QList<SimService> services;
    int transitionMs = 300;      // how long Start Pending / Stop Pending last
    int webServerPort = -1;      // -1: no simulated UC WebServer port; 0: any free port
    int webServerHttpsPort = -1; // its HTTPS port beside it (self-signed); -1: none; 0: any free port
    int ucServerPort = 0;        // the UCServer client port beside it (0: any free port)
    int maxOperationTimeoutMs = 60000; // MaxTimeoutms

    // The three estos services (plus two unrelated ones) with startup types for a host role:
    // UcServer (UCServer + WebServer automatic, MediaServer disabled), MediaServer (only the
    // MediaServer automatic), Fresh (all automatic and running, as after an update).
    static QList<SimService> defaultServices(Role role, const QString &version);
};

class Listener;
class Connection;
class ShellHost;

class WinRmSimulator : public QObject
{
    Q_OBJECT
public:
    explicit WinRmSimulator(const SimConfig &config, QObject *parent = nullptr);
    ~WinRmSimulator() override;

    bool start(QString *error);

    QUrl httpUrl() const;  // http://ADDRESS:PORT/wsman, empty without HTTP
    QUrl httpsUrl() const;
    QString certificateSha256() const; // upper-case hex pairs joined by ':'
    QSslCertificate certificate() const;
    quint16 webServerPort() const;
    procallsim::SimulatedProcallHost *webServerHost() const { return m_webHost.get(); }
    const SimConfig &config() const { return m_config; }

    Faults &faults() { return m_faults; }
    const Faults &faults() const { return m_faults; }

    // services
    QList<SimService> services() const { return m_services; }
    SimService *service(const QString &name);
    void requestStop(const QString &name);
    bool requestStart(const QString &name, QString *error);
    void setState(const QString &name, const QString &state);
    bool setStartMode(const QString &name, const QString &mode);
    void setStartedAt(const QString &name, const QDateTime &time); // as if its process started then

    // counters for tests
    int authenticationsAccepted() const { return m_authOk; }
    int authenticationsRejected() const { return m_authRejected; }
    int unencryptedRefused() const { return m_unencryptedRefused; }
    int plainFaultsSent() const { return m_plainFaultsSent; } // answers of the plain-fault knob
    int openShells() const;
    QStringList commandLog() const { return m_commandLog; } // command lines run (PowerShell decoded)

signals:
    void serviceChanged(const QString &name, const QString &state);
    void logLine(const QString &line);

private:
    friend class Connection;
    friend class Listener;
    friend class ShellHost;
    void log(const QString &line);
    void updateWebServer(const SimService &service);

    SimConfig m_config;
    Faults m_faults;
    QList<SimService> m_services;
    std::unique_ptr<Listener> m_http, m_https;
    std::shared_ptr<const kmssim::TlsIdentity> m_identity;
    QSslConfiguration m_tls;
    QByteArray m_tlsEndPoint;
    std::unique_ptr<procallsim::SimulatedProcallHost> m_webHost;
    std::unique_ptr<ShellHost> m_shells;
    int m_authOk = 0, m_authRejected = 0, m_unencryptedRefused = 0, m_plainFaultsSent = 0;
    QStringList m_commandLog;
};

} // namespace winrmsim
