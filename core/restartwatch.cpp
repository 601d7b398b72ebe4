#include "core/restartwatch.h"

#include "core/credentialstore.h"
#include "core/hostservicework.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ucmc {

RestartWatch::RestartWatch(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
    m_recheck.setInterval(kRecheckMs);
    connect(&m_recheck, &QTimer::timeout, this, &RestartWatch::check);
}

void RestartWatch::setSite(const Site &site, const QString &ucServerHost)
{
    const bool same = site.configPath == m_site.configPath && ucServerHost == m_host
                      && hostControlFor(site, ucServerHost) == hostControlFor(m_site, m_host);
    m_site = site;
    m_host = ucServerHost;
    if (!same)
        check();
}

void RestartWatch::check()
{
    if (m_checking) {
        m_again = true;
        return;
    }
    const HostControlSettings control = hostControlFor(m_site, m_host);
    if (m_site.configPath.isEmpty() || m_host.isEmpty() || !control.isManaged()) {
        m_recheck.stop();
        finish({});
        return;
    }
    m_checking = true;
    m_again = false;
    m_recheck.start();
    const quint64 generation = ++m_generation;
    // The file's time from a worker: a share may hang.
    auto *watcher = new QFutureWatcher<QDateTime>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            fileTimeRead(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([path = m_site.configPath] {
        const QFileInfo info(path);
        return info.exists() ? info.lastModified().toUTC() : QDateTime();
    }));
}

void RestartWatch::fileTimeRead(const QDateTime &written)
{
    m_fileWritten = written;
    const HostControlSettings control = hostControlFor(m_site, m_host);
    if (!written.isValid()) {
        finish({});
        return;
    }
    if (control.kind != HostControlSettings::Kind::WinRm || !m_credentials) {
        askHost({});
        return;
    }
    CredentialJob *job = m_credentials->read({m_site.id, m_host, control.user});
    const quint64 generation = m_generation;
    const auto read = [this, job, generation] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        if (!job->ok()) {
            finish({}); // no stored password: unknown, and no prompt for a background check
            return;
        }
        QString password = job->secret();
        job->wipeSecret();
        askHost(password);
        wipeString(password);
    };
    if (job->isFinished())
        read();
    else
        connect(job, &CredentialJob::finished, this, read);
}

void RestartWatch::askHost(const QString &password)
{
    const quint64 generation = m_generation;
    HostServiceWork::discover(hostControlFor(m_site, m_host), password, this,
                              [this, generation](const HostServiceWork::DiscoverResult &result) {
                                  if (generation != m_generation)
                                      return;
                                  QDateTime started;
                                  for (const ServiceInfo &s : result.services)
                                      if (s.role == ServiceRole::WebServer)
                                          started = s.startedAt;
                                  finish(result.error.isEmpty() ? started : QDateTime());
                              });
}

void RestartWatch::finish(const QDateTime &webServerStarted)
{
    const RestartNeed need = RestartNeed::of(m_fileWritten, webServerStarted);
    m_checking = false;
    if (!(need == m_need)) {
        m_need = need;
        emit changed(m_need);
    }
    emit checked();
    if (std::exchange(m_again, false))
        check();
}

} // namespace ucmc
