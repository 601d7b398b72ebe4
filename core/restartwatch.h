#pragma once

#include "models/restartneed.h"
#include "models/site.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ucmc {

class CredentialStore;

// Whether the UC WebServer of the open site runs with its file as it is now (models/restartneed.h):
// the file's modification time, read off this thread, against the start time of the UC WebServer's
// process, asked from the UCServer host through its service control with the password the keychain
// holds (never a prompt: without one the state stays unknown). It asks when told to (the file was
// read, saved, applied) and every kRecheckMs, because someone else may restart the service.
class RestartWatch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRecheckMs = 5 * 60 * 1000;

    explicit RestartWatch(CredentialStore *credentials, QObject *parent = nullptr);

    // The site's file and the host whose UC WebServer counts; checks again.
    void setSite(const Site &site, const QString &ucServerHost);
    // Asks again; a check under way is followed by one more.
    void check();
    const RestartNeed &need() const { return m_need; }
    bool isChecking() const { return m_checking; }

signals:
    void changed(const ucmc::RestartNeed &need);
    // A check finished (whatever it found).
    void checked();

private:
    void fileTimeRead(const QDateTime &written);
    void askHost(const QString &password);
    void finish(const QDateTime &webServerStarted);

    QPointer<CredentialStore> m_credentials;
    Site m_site;
    QString m_host;
    RestartNeed m_need;
    QDateTime m_fileWritten;
    QTimer m_recheck;
    quint64 m_generation = 0;
    bool m_checking = false;
    bool m_again = false;
};

} // namespace ucmc
