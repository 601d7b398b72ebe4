#pragma once

#include "models/configfilereader.h"
#include "models/configsnapshot.h"
#include "models/configwriter.h"
#include "models/hosthealth.h"
#include "models/result.h"
#include "models/site.h"

#include <QObject>
#include <QSslCertificate>

namespace ucmc {

class AlertFeed;
class ApplyTransaction;
class ConfigFileWatcher;
class CredentialStore;
class DocumentSession;
class RestartWatch;
class EventLog;
class ServerTableModel;
class SiteMonitor;
struct ApplyRequest;

// Everything one open installation has, without a widget: the document and its undo stack, the
// live monitor of its media servers and UCServer host, their health and fleet summary, the alert
// policy, the event log, the watch on the file, and the file work of saving and applying (always
// off the calling thread). The window is a view over one session; opening another file or
// switching site destroys the session, and with it every timer, connection, alert and event of
// the old site.
class SiteSession : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString hostOverride;                       // probe this UCServer host whatever the site says
        QList<QSslCertificate> trustedCertificates; // CAs trusted beside the system's
        QString eventLogFolder;                     // the site's event log files; empty: memory only
        // Where the restart watch finds the UCServer host's password (not owned; nullptr: WinRM
        // hosts are not asked, so whether a restart is pending stays unknown).
        CredentialStore *credentials = nullptr;
    };

    SiteSession(const Site &site, const Options &options, QObject *parent = nullptr);
    ~SiteSession() override;

    const Site &site() const { return m_site; }
    // Changed settings of this site (host, timing, service control, pins; or the file after Save
    // As): the monitor and the alerts follow at once. Emits siteChanged().
    void setSite(const Site &site);
    QString ucServerHost() const;
    // Probe this UCServer host whatever the site says (the demo's simulated host); empty: the site's.
    void setHostOverride(const QString &host);

    DocumentSession *document() const { return m_document; }
    ServerTableModel *servers() const { return m_servers; }
    SiteMonitor *monitor() const { return m_monitor; }
    AlertFeed *alerts() const { return m_alerts; }
    EventLog *eventLog() const { return m_eventLog; }
    ConfigFileWatcher *fileWatcher() const { return m_watcher; }
    // Whether the running UC WebServer has loaded the file as it is now.
    RestartWatch *restartWatch() const { return m_restart; }
    const HostHealth &hostHealth() const;
    // What the event log's files held that could not be read (translated), once opened.
    QStringList eventLogErrors() const { return m_eventLogErrors; }

    // Reads the site's file (again) off the calling thread; fileRead() tells when it is done.
    void load();
    bool isLoading() const { return m_loading; }
    bool hasReadFile() const { return m_hasRead; }
    // Why the last read failed (translated); empty after a successful read.
    QString readError() const { return m_readError; }
    // The document as the structured views see it: Ok, SyntaxError or NoServerList (with error).
    ConfigSnapshot::Status documentStatus() const { return m_status; }
    const FileMessage &documentError() const { return m_statusError; }
    // Loaded broken stays broken; edited into an error keeps the last valid list (monitored).
    bool isEditedIntoError() const;
    // The file is read and every server and the host have had a first answer.
    bool isSettled() const;

    // Saving: ConfigWriter::save off the calling thread; saveFinished() with the result. While it
    // runs the file watcher does not report (the console's own write).
    bool isWriting() const { return m_writing; }
    bool save(const SaveRequest &request);
    // The request to apply the document as it is now through the given host's service control.
    ApplyRequest applyRequest(bool dryRun) const;
    // The request to restart the UC WebServer with the file as saved (unsaved edits are not part
    // of it); it may roll back to the version before when a restart is pending.
    ApplyRequest restartRequest(bool dryRun) const;
    // A running apply of this site: the monitor's health goes to it, its events to the log, and
    // the file it writes (and restores) is known as the console's own.
    void watchApply(ApplyTransaction *transaction);

    void setMaintenance(const QString &key, bool on);
    // The certificate trusted for a server (SHA-256); empty forgets it.
    void setCertificatePin(const QString &key, const QByteArray &sha256);
    // Something the administrator did (opened, saved, maintenance, trusted a certificate).
    void logAction(const QString &server, const QString &text);

signals:
    void fileRead();
    void siteChanged(const ucmc::Site &site);
    // Status (not statistics) of a server or of the host changed: summaries, banners, tray.
    void statusChanged();
    void hostHealthChanged(const ucmc::HostHealth &health);
    // Someone else changed the file while it has unsaved edits (without edits it is reloaded).
    void changedOnDiskWhileEdited();
    void writingChanged(bool writing);
    void saveFinished(const ucmc::Result<ucmc::SaveReport, ucmc::SaveProblem> &result);

private:
    void onFileRead(const Result<ConfigFileContents, FileReadProblem> &result, const QString &path);
    void onDocumentChanged();
    void onChangedOnDisk(const QByteArray &hash);
    void setWriting(bool writing);
    void applyMaintenanceToAlerts();
    void refreshCommonVersion();

    Site m_site;
    Options m_options;
    DocumentSession *m_document;
    ServerTableModel *m_servers;
    SiteMonitor *m_monitor;
    AlertFeed *m_alerts;
    EventLog *m_eventLog;
    ConfigFileWatcher *m_watcher;
    RestartWatch *m_restart;
    QStringList m_eventLogErrors;
    ConfigSnapshot::Status m_status = ConfigSnapshot::Status::ReadFailed;
    FileMessage m_statusError;
    QString m_readError;
    quint64 m_readGeneration = 0;
    bool m_loading = false;
    bool m_hasRead = false;
    bool m_writing = false;
};

} // namespace ucmc
