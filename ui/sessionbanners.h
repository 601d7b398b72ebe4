#pragma once

#include <QString>
#include <QWidget>

namespace ucmc {

class MessageBanner;
class ServerTableModel;
class SiteSession;
struct Alert;
struct TraySummary;

// The messages above the dashboard of the open site: the latest alert (when there is no tray to
// show it), certificates that need a decision, the file's state, and media servers that run
// different versions. Each describes the state now; a new session starts with none.
class SessionBanners : public QWidget
{
    Q_OBJECT
public:
    explicit SessionBanners(QWidget *parent = nullptr);

    MessageBanner *alertBanner() const { return m_alert; }
    MessageBanner *certificateBanner() const { return m_certificate; }
    MessageBanner *fileBanner() const { return m_file; }
    MessageBanner *versionBanner() const { return m_version; }

    // Another site is shown: nothing said about the previous one stays.
    void clear();
    void showAlert(const Alert &alert);
    // The site's worst state now: an alert about a problem that is over is taken down.
    void showSummary(const TraySummary &summary);
    // Certificates and versions of the servers as they are now.
    void showServers(const ServerTableModel &model);
    // The file's state after a read, and after every change of the document: not readable, not
    // valid JSON, no usable list; an error that is repaired is taken down. Returns what the
    // overview shows instead of servers (empty: no change).
    QString showReadResult(const SiteSession &session);
    QString showDocumentState(const SiteSession &session);

signals:
    void certificateRequested(const QString &key);
    void openFileRequested();
    void showInJsonRequested(int line, int column);

private:
    void showCertificates(const ServerTableModel &model);
    void showVersions(const ServerTableModel &model);

    MessageBanner *m_alert;
    MessageBanner *m_certificate;
    MessageBanner *m_file;
    MessageBanner *m_version;
    QString m_certificateKeys; // the servers the certificate banner speaks of, to avoid redrawing it
};

} // namespace ucmc
