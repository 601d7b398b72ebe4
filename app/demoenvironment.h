#pragma once

#include "models/site.h"

#include <QList>
#include <QObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QUrl>

namespace ucmc {

// Demo mode: simulated media servers (the kms-sim executable next to the console) and a demo
// eucwebconfig.json in a temporary folder, so a newcomer sees every state at once: healthy ws
// and wss servers, one with a different version, one that flaps and one that is down.
// Everything listens on 127.0.B.x only (B: the first free block, so demos can run side by side)
// and stops with the console. Beside it a small fleet of watched sites (their own files, their
// own simulated media servers on 127.0.B.21 and up), so the Fleet tab has something to show.
class DemoEnvironment : public QObject
{
    Q_OBJECT
public:
    explicit DemoEnvironment(QObject *parent = nullptr);
    ~DemoEnvironment() override;

    // Starts the simulators and writes the configuration; blocks for at most a few seconds.
    // On failure returns false and errorString() says why.
    bool start();
    QString configPath() const { return m_configPath; }
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString ucServerHost() const;
    // The demo's watched sites, each with its own file in the demo's folder (not yet remembered).
    QList<Site> fleetSites() const { return m_fleetSites; }
    // The demo's UCServer host is a simulated Windows host (winrm-sim): its WinRM endpoint, and
    // a password made up for this run that lives only in memory (and the simulator's environment).
    QUrl winRmUrl() const { return m_winRmUrl; }
    QString winRmUser() const { return QStringLiteral("Administrator"); }
    QString winRmPassword() const { return m_winRmPassword; }
    QList<QSslCertificate> trustedCertificates() const { return m_certificates; }
    QString errorString() const { return m_error; }

private:
    bool chooseAddressBlock();
    bool makeCertificate(const QString &pemPath, const QString &address);
    // Starts one of the simulators next to the console and collects the words after "listening"
    // of each line it prints until "ready".
    bool startSimulator(QProcess &process, const QString &name, const QStringList &arguments,
                        QList<QStringList> *listening);
    bool writeConfig(const QStringList &urls);
    static QByteArray configJson(const QStringList &urls);
    static bool writeFile(const QString &path, const QByteArray &bytes);
    bool startFleet();

    QTemporaryDir m_dir;
    int m_block = 0; // the third byte of the demo's loopback addresses
    QProcess m_mediaServers; // kms-sim
    QProcess m_fleetServers; // kms-sim, the watched sites' media servers
    QList<Site> m_fleetSites;
    QProcess m_ucServerHost; // winrm-sim: WinRM, the UCServer port and the UC WebServer port
    QUrl m_winRmUrl;
    QString m_winRmPassword;
    QString m_configPath;
    QList<QSslCertificate> m_certificates;
    QString m_error;
};

} // namespace ucmc
