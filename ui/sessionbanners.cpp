#include "ui/sessionbanners.h"

#include "core/documentsession.h"
#include "core/sitesession.h"
#include "models/alertpolicy.h"
#include "models/restartneed.h"
#include "models/servertablemodel.h"
#include "ui/messagebanner.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSet>

#include <algorithm>
#include <QVBoxLayout>

namespace ucmc {

SessionBanners::SessionBanners(QWidget *parent)
    : QWidget(parent)
    , m_alert(new MessageBanner(this))
    , m_certificate(new MessageBanner(this))
    , m_file(new MessageBanner(this))
    , m_version(new MessageBanner(this))
    , m_restart(new MessageBanner(this))
    , m_restartStatus(new QLabel)
    , m_more(new QPushButton(this))
{
    m_alert->setObjectName(QStringLiteral("alertBanner"));
    m_certificate->setObjectName(QStringLiteral("certificateBanner"));
    m_file->setObjectName(QStringLiteral("fileBanner"));
    m_version->setObjectName(QStringLiteral("versionBanner"));
    m_restart->setObjectName(QStringLiteral("restartBanner"));
    m_restartStatus->setObjectName(QStringLiteral("restartStatus"));
    m_restartStatus->setTextFormat(Qt::RichText);
    m_restartStatus->hide();
    connect(m_restartStatus, &QLabel::linkActivated, this, &SessionBanners::restartRequested);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_banners = {m_alert, m_certificate, m_restart, m_file, m_version};
    for (MessageBanner *banner : std::as_const(m_banners)) {
        layout->addWidget(banner);
        connect(banner, &MessageBanner::wantedChanged, this, &SessionBanners::arrange);
        connect(banner, &MessageBanner::dismissed, this, [this, banner] {
            // Keep its place while the pointer is here: the next banner's buttons stay put.
            QSizePolicy policy = banner->sizePolicy();
            policy.setRetainSizeWhenHidden(true);
            banner->setSizePolicy(policy);
            m_holding = true;
        });
    }
    connect(m_version, &MessageBanner::dismissed, this, [this] { m_versionDismissed = m_version->text(); });
    m_more->setObjectName(QStringLiteral("moreMessages"));
    m_more->setFlat(true);
    m_more->setCursor(Qt::PointingHandCursor);
    connect(m_more, &QPushButton::clicked, this, [this] {
        m_expanded = !m_expanded;
        arrange();
    });
    layout->addWidget(m_more, 0, Qt::AlignLeft);
    m_more->hide();
}

void SessionBanners::arrange()
{
    if (m_holding)
        return; // after the pointer leaves
    QList<MessageBanner *> wanted;
    for (MessageBanner *banner : std::as_const(m_banners)) {
        if (banner->isWanted())
            wanted << banner;
    }
    // The most severe are shown; among equals the order on screen (alert, certificate, file, version).
    QList<MessageBanner *> bySeverity = wanted;
    std::stable_sort(bySeverity.begin(), bySeverity.end(), [](const MessageBanner *a, const MessageBanner *b) {
        return int(a->level()) > int(b->level());
    });
    const qsizetype shown = m_expanded ? bySeverity.size() : qMin<qsizetype>(kMaxShown, bySeverity.size());
    for (qsizetype i = 0; i < bySeverity.size(); ++i)
        bySeverity[i]->setHeldBack(i >= shown);
    const qsizetype hidden = wanted.size() - qMin<qsizetype>(kMaxShown, wanted.size());
    if (hidden <= 0)
        m_expanded = false;
    m_more->setVisible(hidden > 0);
    retranslate();
}

void SessionBanners::retranslate()
{
    const qsizetype hidden = qMax<qsizetype>(0, std::count_if(m_banners.cbegin(), m_banners.cend(),
                                                              [](const MessageBanner *b) { return b->isWanted(); })
                                                    - kMaxShown);
    m_more->setText(m_expanded ? tr("Show fewer messages") : tr("Show %1 more").arg(hidden));
    for (MessageBanner *banner : std::as_const(m_banners))
        banner->retranslate();
}

void SessionBanners::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (!m_holding)
        return;
    m_holding = false;
    for (MessageBanner *banner : std::as_const(m_banners)) {
        QSizePolicy policy = banner->sizePolicy();
        policy.setRetainSizeWhenHidden(false);
        banner->setSizePolicy(policy);
    }
    arrange();
}

void SessionBanners::clear()
{
    m_holding = false;
    m_expanded = false;
    for (MessageBanner *banner : std::as_const(m_banners))
        banner->hide();
    m_certificateKeys.clear();
    m_versionDismissed.clear();
    m_restartText.clear();
    m_restartStatus->hide();
    arrange();
}

void SessionBanners::showRestartNeed(const RestartNeed &need)
{
    const QString text = need.text();
    if (need.isPending()) {
        m_restartStatus->setText(QStringLiteral("<a href=\"restart\">%1</a>").arg(need.shortText().toHtmlEscaped()));
        m_restartStatus->setToolTip(text + QLatin1Char(' ') + tr("Click to restart the UC WebServer."));
    } else {
        m_restartStatus->setText(need.shortText());
        m_restartStatus->setToolTip(need.state == RestartNeed::State::InEffect
                                        ? tr("The UC WebServer started after the file was last written: it runs with "
                                             "the file as it is.")
                                        : QString());
    }
    m_restartStatus->setVisible(!need.shortText().isEmpty());
    if (!need.isPending()) {
        m_restartText.clear();
        m_restart->hide();
        return;
    }
    if (text == m_restartText)
        return; // the same pending restart (dismissed or shown)
    m_restartText = text;
    // The note a save left ("takes effect when the UC WebServer is restarted") is said here now.
    if (m_file->isWanted() && m_file->level() == MessageBanner::Level::Info)
        m_file->hide();
    m_restart->showMessage(MessageBanner::Level::Warning, text,
                           tr("The UC WebServer loads eucwebconfig.json when it starts; it was last started before "
                              "the file was written."));
    m_restart->addAction(tr("Restart Now…"), [this] { emit restartRequested(); });
}

void SessionBanners::showAlert(const Alert &alert)
{
    m_alert->showMessage(alert.severity == Alert::Severity::Critical  ? MessageBanner::Level::Error
                         : alert.severity == Alert::Severity::Warning ? MessageBanner::Level::Warning
                                                                      : MessageBanner::Level::Info,
                         alert.title, alert.text);
}

void SessionBanners::showSummary(const TraySummary &summary)
{
    // Everything is fine again: a warning about a problem is history now (the event log has it).
    if (summary.level == TraySummary::Level::Ok && m_alert->isWanted()
        && m_alert->level() != MessageBanner::Level::Info)
        m_alert->hide();
}

void SessionBanners::showServers(const ServerTableModel &model)
{
    showCertificates(model);
    showVersions(model);
}

QString SessionBanners::showReadResult(const SiteSession &session)
{
    m_file->hide();
    const QString error = session.readError();
    if (error.isEmpty())
        return {};
    m_file->showMessage(MessageBanner::Level::Error,
                        tr("%1 could not be read").arg(QFileInfo(session.site().configPath).fileName()), error);
    m_file->addAction(tr("Open Another File…"), [this] { emit openFileRequested(); });
    return tr("No media servers: the file could not be read.");
}

QString SessionBanners::showDocumentState(const SiteSession &session)
{
    const DocumentSession *document = session.document();
    if (!document->isOpen())
        return {};
    const QString fileName = QFileInfo(document->path()).fileName();
    const FileMessage where = session.documentError();
    switch (session.documentStatus()) {
    case ConfigSnapshot::Status::SyntaxError:
        m_file->showMessage(MessageBanner::Level::Error,
                            session.isEditedIntoError()
                                ? tr("The JSON text is not valid: the other views are locked until it is repaired")
                                : tr("%1 is not valid JSON: the UC WebServer cannot read it either").arg(fileName),
                            where.withPosition());
        m_file->addAction(tr("Show in JSON"), [this, where] { emit showInJsonRequested(where.line, where.column); });
        return tr("No media servers: the file is not valid JSON.");
    case ConfigSnapshot::Status::NoServerList:
        m_file->showMessage(MessageBanner::Level::Error, tr("%1 has no usable media server list").arg(fileName),
                            where.withPosition());
        return tr("No media servers: see the message above.");
    case ConfigSnapshot::Status::Ok:
    case ConfigSnapshot::Status::ReadFailed:
        break;
    }
    if (m_file->level() != MessageBanner::Level::Error)
        return {};
    m_file->hide(); // repaired
    return tr("The kurentoservers list is empty.");
}

void SessionBanners::showCertificates(const ServerTableModel &model)
{
    // Certificates the console does not trust, that changed or expired: never silently accepted.
    // Those that expire soon are said too, long before the day.
    QStringList untrusted;
    QStringList changed;
    QStringList expired;
    QStringList expiring;
    int soonestDays = CertificateInfo::kWarningDays;
    QSet<QString> seen; // a URL listed twice is one server
    for (const ServerRow &row : model.rows()) {
        const ServerHealth &health = model.health(row.url);
        if (health.certificate.isNull() || seen.contains(row.url))
            continue;
        seen.insert(row.url);
        const int days = health.certificate.daysToExpiry();
        if (health.failure == FailureCode::TlsChanged) {
            changed << row.url;
        } else if (health.failure == FailureCode::TlsUntrusted && health.state != HealthState::Up) {
            (days < 0 ? expired : untrusted) << row.url;
        } else if ((health.state == HealthState::Up || health.state == HealthState::GoingDown)
                   && days < CertificateInfo::kWarningDays) {
            expiring << row.url;
            soonestDays = qMin(soonestDays, days);
        }
    }
    // What is shown, per case: the banner is rebuilt only when that changes.
    const QString keys = QStringList{changed.join(QLatin1Char(' ')), expired.join(QLatin1Char(' ')),
                                     untrusted.join(QLatin1Char(' ')), expiring.join(QLatin1Char(' '))}
                             .join(QLatin1Char('|'));
    if (changed.isEmpty() && expired.isEmpty() && untrusted.isEmpty() && expiring.isEmpty()) {
        m_certificate->hide();
    } else if (keys != m_certificateKeys) {
        // The worst case makes the title; every case has its line.
        const QStringList &shown = !changed.isEmpty()    ? changed
                                   : !expired.isEmpty()   ? expired
                                   : !untrusted.isEmpty() ? untrusted
                                                          : expiring;
        QStringList lines;
        const auto names = [](const QStringList &list) { return list.join(QStringLiteral(", ")); };
        if (!changed.isEmpty())
            lines << tr("%1: another certificate than the one you trusted. If it was not replaced on purpose, someone "
                        "may be in between.")
                         .arg(names(changed));
        if (!expired.isEmpty())
            lines << tr("%1: expired. Renew the certificate on the media server.").arg(names(expired));
        if (!untrusted.isEmpty())
            lines << tr("%1: not trusted. Compare the fingerprint with the server, then trust it.").arg(names(untrusted));
        if (!expiring.isEmpty())
            lines << tr("%1: expires in %n days at the latest. Renew it on the media server.", nullptr,
                        qMax(0, soonestDays))
                         .arg(names(expiring));
        const QString title = !changed.isEmpty()
                                  ? tr("A media server presents another certificate than the one you trusted")
                              : !expired.isEmpty()   ? tr("A media server's certificate has expired")
                              : !untrusted.isEmpty() ? tr("The console does not trust a media server's certificate")
                                                     : tr("A certificate expires soon");
        m_certificate->showMessage(changed.isEmpty() && expired.isEmpty() ? MessageBanner::Level::Warning
                                                                          : MessageBanner::Level::Error,
                                   title, lines.join(QLatin1Char('\n')));
        m_certificate->addAction(tr("Show Certificate…"),
                                 [this, first = shown.first()] { emit certificateRequested(first); });
    }
    m_certificateKeys = keys;
}

void SessionBanners::showVersions(const ServerTableModel &model)
{
    const FleetSummary &summary = model.summary();
    if (summary.versionsAgree()) {
        m_version->hide();
        m_versionDismissed.clear();
        return;
    }
    // Name the odd ones out: the servers not running the version most of them run.
    const QString common = summary.commonVersion();
    QStringList odd;
    for (const ServerRow &row : model.rows()) {
        const ServerHealth &h = model.health(row.url);
        if ((h.state == HealthState::Up || h.state == HealthState::GoingDown) && !h.version.isEmpty()
            && h.version != common)
            odd << tr("%1 runs %2").arg(row.host.isEmpty() ? row.url : row.host, h.version);
    }
    odd.removeDuplicates();
    const QString title = tr("Media servers run different versions");
    const QString text = tr("All hosts must run the same software version. Most run %1; %2.")
                             .arg(common, odd.join(QStringLiteral(", ")));
    // Dismissed: it comes back only when what it says changes.
    if (text != m_versionDismissed && (!m_version->isWanted() || m_version->text() != text))
        m_version->showMessage(MessageBanner::Level::Warning, title, text);
}

} // namespace ucmc
