#pragma once

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ucmc {

class MessageBanner;
class ServerTableModel;
class SiteSession;
struct Alert;
struct RestartNeed;
struct TraySummary;

// The notification area above the dashboard of the open site: the latest alert (when there is no
// tray to show it), certificates that need a decision, the file's state, and media servers that
// run different versions. Each describes the state now and can be dismissed; a new session starts
// with none. At most two are on screen (the most severe), with "n more" for the rest, so the
// dashboard keeps its room; a banner dismissed under the pointer keeps its space until the
// pointer leaves, so no other button moves under it.
class SessionBanners : public QWidget
{
    Q_OBJECT
public:
    explicit SessionBanners(QWidget *parent = nullptr);

    MessageBanner *alertBanner() const { return m_alert; }
    MessageBanner *certificateBanner() const { return m_certificate; }
    MessageBanner *fileBanner() const { return m_file; }
    MessageBanner *versionBanner() const { return m_version; }
    MessageBanner *restartBanner() const { return m_restart; }
    // For the status bar: "Restart pending" (a link that asks for the restart) or "UC WebServer up
    // to date"; empty while unknown.
    QLabel *restartStatus() const { return m_restartStatus; }

    // Another site is shown: nothing said about the previous one stays.
    void clear();
    static constexpr int kMaxShown = 2;
    QPushButton *moreButton() const { return m_more; }
    void retranslate();
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
    // Whether the UC WebServer runs with the file as it is: a pending restart is a banner with
    // "Restart Now…" (it replaces the note a save left) and a link in the status bar.
    void showRestartNeed(const RestartNeed &need);

signals:
    void certificateRequested(const QString &key);
    void openFileRequested();
    void showInJsonRequested(int line, int column);
    void restartRequested();

private:
    void showCertificates(const ServerTableModel &model);
    void showVersions(const ServerTableModel &model);
    void arrange();
    void leaveEvent(QEvent *event) override;

    MessageBanner *m_alert;
    MessageBanner *m_certificate;
    MessageBanner *m_file;
    MessageBanner *m_version;
    MessageBanner *m_restart;
    QLabel *m_restartStatus;
    QList<MessageBanner *> m_banners; // in screen order
    QPushButton *m_more;
    bool m_expanded = false;
    bool m_holding = false; // a banner was dismissed under the pointer: nothing moves until it leaves
    QString m_certificateKeys; // the servers the certificate banner speaks of, to avoid redrawing it
    QString m_versionDismissed; // the version message the user dismissed
    QString m_restartText;      // the pending restart shown (re-shown only when it changes)
};

} // namespace ucmc
