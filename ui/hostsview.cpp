#include "ui/hostsview.h"

#include "core/credentialstore.h"
#include "ui/dialogs.h"
#include "ui/palettefollower.h"
#include "ui/passwordprovider.h"
#include "ui/statuspalette.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ucmc {

namespace {
enum Column { NameColumn, StateColumn, StartupColumn, ExpectedColumn, VersionColumn, ColumnCount };
} // namespace

HostsView::HostsView(CredentialStore &credentials, PasswordProvider &passwords, QWidget *parent)
    : QWidget(parent)
    , m_credentials(credentials)
    , m_passwords(passwords)
    , m_intro(new QLabel(this))
    , m_versionLabel(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_check(new QPushButton(this))
    , m_configure(new QPushButton(this))
    , m_fix(new QPushButton(this))
    , m_forget(new QPushButton(this))
    , m_restart(new QPushButton(this))
{
    setObjectName(QStringLiteral("hostsView"));
    auto *layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_versionLabel->setWordWrap(true);
    layout->addWidget(m_versionLabel);
    PaletteFollower::follow(this, [this] { rebuild(); }); // warning colours, light or dark
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_configure);
    buttons->addWidget(m_fix);
    buttons->addWidget(m_forget);
    buttons->addStretch(1);
    buttons->addWidget(m_restart);
    layout->addLayout(buttons);
    connect(m_check, &QPushButton::clicked, this, &HostsView::checkAll);
    connect(m_configure, &QPushButton::clicked, this, [this] {
        if (!selectedHost().isEmpty())
            emit configureRequested(selectedHost());
    });
    connect(m_fix, &QPushButton::clicked, this, &HostsView::fixSelectedHost);
    m_restart->setObjectName(QStringLiteral("restartWebServer"));
    connect(m_restart, &QPushButton::clicked, this, &HostsView::restartRequested);
    m_forget->setObjectName(QStringLiteral("forgetPassword"));
    connect(m_forget, &QPushButton::clicked, this, [this] {
        if (!selectedHost().isEmpty())
            forgetPassword(selectedHost());
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &HostsView::updateButtons);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &HostsView::showContextMenu);
    // A password stored or removed (here, by a prompt, or in the service control settings).
    connect(&m_credentials, &CredentialStore::eventOccurred, this, &HostsView::updateButtons);
    retranslate();
}

void HostsView::retranslate()
{
    m_intro->setText(tr("The startup types the knowledge-base article asks for: on the UCServer host, UCServer "
                        "and UC WebServer automatic and the UC MediaServer disabled unless the list uses the local "
                        "one; on every media server host only the UC MediaServer automatic. Every estos update "
                        "resets them."));
    m_tree->setHeaderLabels({tr("Host / service"), tr("State"), tr("Startup type"), tr("Expected"), tr("Version")});
    m_tree->setAccessibleName(tr("Hosts and their services"));
    m_check->setText(tr("&Check Services"));
    m_configure->setText(tr("Service &Control…"));
    m_fix->setText(tr("&Fix Startup Types…"));
    m_forget->setText(tr("Forget &Password"));
    m_restart->setText(tr("&Restart UC WebServer…"));
    m_restart->setToolTip(tr("Restart the UC WebServer on the UCServer host with the file as saved, and wait until "
                             "it answers again"));
    m_forget->setToolTip(tr("Removes the password of the selected host from the system keychain and from this "
                            "session. The console asks for it the next time it needs it."));
    rebuild();
}

void HostsView::setSite(const Site &site)
{
    m_site = site;
    rebuild();
}

void HostsView::setLayout(const SiteLayout &layout)
{
    if (layout.hosts == m_layout.hosts)
        return;
    m_layout = layout;
    rebuild();
}

QString HostsView::selectedHost() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    if (items.isEmpty())
        return {};
    QTreeWidgetItem *item = items.first()->parent() ? items.first()->parent() : items.first();
    return item->data(NameColumn, Qt::UserRole).toString();
}

QString HostsView::versionText() const
{
    return m_versionLabel->text();
}

void HostsView::rebuild()
{
    const QString selected = selectedHost();
    m_tree->clear();
    for (const SiteHost &host : m_layout.hosts) {
        const HostControlSettings control = hostControlFor(m_site, host.host);
        auto *item = new QTreeWidgetItem(m_tree);
        const QString role = host.isUcServerHost ? tr("UCServer host") : tr("media server host");
        item->setText(NameColumn, QStringLiteral("%1  (%2)").arg(host.host.isEmpty() ? tr("UCServer host not set") : host.host, role));
        item->setData(NameColumn, Qt::UserRole, host.host);
        QFont bold = item->font(NameColumn);
        bold.setBold(true);
        item->setFont(NameColumn, bold);
        if (!control.isManaged()) {
            item->setText(StateColumn, tr("not managed"));
        } else if (m_errors.contains(host.host)) {
            item->setText(StateColumn, m_errors.value(host.host));
            item->setForeground(StateColumn, StatusPalette::errorText(palette()));
            item->setToolTip(StateColumn, m_errors.value(host.host));
        } else if (!m_services.contains(host.host)) {
            item->setText(StateColumn, m_running > 0 ? tr("checking…") : tr("not checked yet"));
        }
        const QList<ServiceInfo> services = m_services.value(host.host);
        const QList<ServiceDifference> differences = m_differences.value(host.host);
        for (const ExpectedService &expected : host.expected) {
            auto *child = new QTreeWidgetItem(item);
            const auto found = std::find_if(services.cbegin(), services.cend(),
                                            [&](const ServiceInfo &s) { return s.role == expected.role; });
            child->setText(NameColumn, HostRoles::roleText(expected.role)
                                           + (found != services.cend() ? QStringLiteral(" (%1)").arg(found->name) : QString()));
            child->setText(ExpectedColumn, HostRoles::startupTypeText(expected.startupType));
            if (found != services.cend()) {
                child->setText(StateColumn, serviceStateText(found->state));
                child->setText(StartupColumn, HostRoles::startupTypeText(found->startupType));
                child->setText(VersionColumn, HostRoles::versionOf(*found));
            }
            for (const ServiceDifference &d : differences) {
                if (d.role != expected.role)
                    continue;
                const int column = d.kind == ServiceDifference::Kind::State ? StateColumn : StartupColumn;
                child->setForeground(column, StatusPalette::warningText(palette()));
                child->setText(column, child->text(column) + QStringLiteral("  ⚠"));
                child->setToolTip(column, d.explanation);
                child->setToolTip(NameColumn, d.explanation);
            }
            for (const VersionDifference &v : m_versions.differences) {
                if (v.host == host.host && v.role == expected.role) {
                    child->setForeground(VersionColumn, StatusPalette::warningText(palette()));
                    child->setToolTip(VersionColumn, tr("Differs from %1").arg(v.expectedVersion));
                }
            }
        }
        item->setExpanded(true);
        if (host.host == selected)
            item->setSelected(true);
    }
    m_versionLabel->setText(m_versions.message);
    const QString warning = StatusPalette::warningText(palette()).name();
    m_versionLabel->setStyleSheet(
        m_versions.consistent ? QString() : QStringLiteral("color:%1; font-weight:bold;").arg(warning));
    updateButtons();
    // Contents plus room to breathe: a warning mark must not touch the next column's text.
    for (int c = 0; c < ColumnCount - 1; ++c) {
        m_tree->resizeColumnToContents(c);
        m_tree->setColumnWidth(c, m_tree->columnWidth(c) + 2 * m_tree->fontMetrics().averageCharWidth() + 8);
    }
}

void HostsView::updateButtons()
{
    const QString host = selectedHost();
    m_fix->setEnabled(!hostToFix().isEmpty());
    m_configure->setEnabled(!host.isEmpty());
    const SiteHost *ucServerHost = m_layout.ucServerHost();
    m_restart->setEnabled(ucServerHost && hostControlFor(m_site, ucServerHost->host).isManaged());
    const HostControlSettings control = hostControlFor(m_site, host);
    m_forget->setEnabled(!host.isEmpty() && control.isManaged()
                         && m_passwords.hasPassword({m_site.id, host, control.user}));
}

void HostsView::showContextMenu(const QPoint &position)
{
    QTreeWidgetItem *item = m_tree->itemAt(position);
    if (!item)
        return;
    if (item->parent())
        item = item->parent();
    const QString host = item->data(NameColumn, Qt::UserRole).toString();
    if (host.isEmpty())
        return;
    m_tree->setCurrentItem(item);
    const HostControlSettings control = hostControlFor(m_site, host);
    QMenu menu(this);
    menu.addAction(m_configure->text(), this, [this, host] { emit configureRequested(host); });
    QAction *forget = menu.addAction(m_forget->text(), this, [this, host] { forgetPassword(host); });
    forget->setEnabled(control.isManaged() && m_passwords.hasPassword({m_site.id, host, control.user}));
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

QString HostsView::hostToFix() const
{
    // The selected host when it differs; else the first host that does, so the button works
    // without selecting first.
    const QString selected = selectedHost();
    if (!m_differences.value(selected).isEmpty())
        return selected;
    for (const SiteHost &host : m_layout.hosts) {
        if (!m_differences.value(host.host).isEmpty())
            return host.host;
    }
    return {};
}

void HostsView::checkAll()
{
    for (const SiteHost &host : m_layout.hosts) {
        if (hostControlFor(m_site, host.host).isManaged())
            discover(host.host);
    }
    rebuild();
}

void HostsView::discover(const QString &host)
{
    const HostControlSettings control = hostControlFor(m_site, host);
    ++m_running;
    m_errors.remove(host);
    // The error of the last attempt, shown when the user gives up after a rejected password.
    auto lastError = std::make_shared<QString>();
    m_passwords.withPassword(
        {m_site.id, host, control.user},
        [this, host, lastError](const QString &password, PasswordProvider::Report report) {
            discoverWith(host, password, [this, host, lastError, report](const HostServiceWork::DiscoverResult &result) {
                if (result.passwordVerdict == HostServiceWork::PasswordVerdict::Rejected) {
                    *lastError = result.error;
                    report(result.passwordVerdict); // asks again and tries again, or ends
                    return;
                }
                onDiscovered(host, result.services, result.error);
                report(result.passwordVerdict);
            });
        },
        [this, host, lastError](PasswordProvider::End end) {
            if (end == PasswordProvider::End::NoPassword)
                onDiscovered(host, {}, tr("no password given"));
            else if (end == PasswordProvider::End::Rejected)
                onDiscovered(host, {}, *lastError);
        });
}

void HostsView::discoverWith(const QString &host, const QString &password,
                             std::function<void(const HostServiceWork::DiscoverResult &)> done)
{
    const HostControlSettings control = hostControlFor(m_site, host);
    // The password stays here only while the certificate question may need another try.
    HostServiceWork::discover(
        control, password, this,
        [this, host, password = QString(password), done](const HostServiceWork::DiscoverResult &result) mutable {
            if (!result.untrustedCertificateSha256.isEmpty() && askToTrust(host, result.untrustedCertificateSha256))
                discoverWith(host, password, done); // again, with the pin
            else
                done(result);
            wipeString(password);
        });
}

bool HostsView::askToTrust(const QString &host, const QString &sha256)
{
    const QString before = hostControlFor(m_site, host).pinnedCertificateSha256;
    QString text = tr("The WinRM HTTPS certificate of %1 is not trusted by this computer.").arg(host);
    if (!before.isEmpty())
        text += QLatin1Char('\n') + tr("It is NOT the certificate you trusted before (%1). If it was not replaced on "
                                       "purpose, someone may be in between.")
                                        .arg(before);
    text += QStringLiteral("\n\n")
            + tr("SHA-256 fingerprint:\n%1\n\nCompare it on the host, for example in PowerShell:\n"
                 "Get-ChildItem Cert:\\LocalMachine\\My | ForEach-Object { $_.Subject; "
                 "$_.GetCertHashString('SHA256') }\n\nTrust it for %2?")
                  .arg(sha256, host);
    if (Dialogs::question(this, tr("Trust the certificate of %1?").arg(host), text, QMessageBox::Yes | QMessageBox::No,
                          QMessageBox::No)
        != QMessageBox::Yes)
        return false;
    emit certificateTrusted(host, sha256);
    return hostControlFor(m_site, host).pinnedCertificateSha256 == sha256;
}

void HostsView::onDiscovered(const QString &host, const QList<ServiceInfo> &services, const QString &error)
{
    --m_running;
    if (error.isEmpty()) {
        m_services.insert(host, services);
        if (const SiteHost *siteHost = m_layout.find(host))
            m_differences.insert(host, HostRoles::compare(*siteHost, services));
    } else {
        m_errors.insert(host, error);
        m_services.remove(host);
        m_differences.remove(host);
    }
    QList<HostServices> all;
    for (auto it = m_services.cbegin(); it != m_services.cend(); ++it)
        all.append({it.key(), it.value()});
    m_versions = HostRoles::compareVersions(all, m_layout.ucServerHost() ? m_layout.ucServerHost()->host : QString());
    rebuild();
}

void HostsView::fixSelectedHost()
{
    const QString host = hostToFix();
    const QList<ServiceFix> fixes = HostRoles::fixes(m_differences.value(host));
    if (fixes.isEmpty())
        return;
    QStringList lines;
    for (const ServiceFix &fix : fixes)
        lines << HostRoles::fixText(fix);
    if (Dialogs::question(this, tr("Fix the startup types on %1?").arg(host), lines.join(QLatin1Char('\n')),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    const HostControlSettings control = hostControlFor(m_site, host);
    ++m_running;
    auto lastError = std::make_shared<QString>();
    m_passwords.withPassword(
        {m_site.id, host, control.user},
        [this, host, control, fixes, lastError](const QString &password, PasswordProvider::Report report) {
            // One fix after the other; then a fresh look at the host.
            HostServiceWork::fix(
                control, password, fixes, this,
                [this, host, lastError](const ServiceFix &fix, const QString &error) {
                    *lastError = error;
                    event(host, error.isEmpty() ? tr("%1: fixed as the article expects").arg(fix.serviceName)
                                                : tr("%1: could not be fixed: %2").arg(fix.serviceName, error));
                },
                [this, host, report](HostServiceWork::PasswordVerdict verdict) {
                    report(verdict); // Rejected: nothing was done; asks again and fixes again, or ends
                    if (verdict != HostServiceWork::PasswordVerdict::Rejected) {
                        --m_running;
                        discover(host);
                    }
                });
        },
        [this, host, lastError](PasswordProvider::End end) {
            if (end == PasswordProvider::End::NoPassword)
                onDiscovered(host, {}, tr("no password given"));
            else if (end == PasswordProvider::End::Rejected)
                onDiscovered(host, {}, *lastError);
        });
}

void HostsView::forgetPassword(const QString &host)
{
    const HostControlSettings control = hostControlFor(m_site, host);
    const CredentialKey key{m_site.id, host, control.user};
    if (!key.isValid())
        return;
    const bool hadSessionCopy = m_credentials.session().contains(key);
    const bool wasRecorded = m_credentials.isStored(key);
    CredentialJob *job = m_passwords.forget(key);
    updateButtons();
    connect(job, &CredentialJob::finished, this, [this, job, key, hadSessionCopy, wasRecorded] {
        job->deleteLater();
        updateButtons();
        // No keychain at all and nothing recorded: there was only the session copy.
        const bool gone = job->ok() || job->problem() == CredentialJob::Problem::NotFound
                          || (!wasRecorded && job->problem() == CredentialJob::Problem::KeychainUnavailable);
        // A recorded keychain entry that was removed is logged by the credential store itself.
        if (gone && !(job->ok() && wasRecorded) && hadSessionCopy)
            event(key.host, tr("The password for %1 kept for this session was forgotten.").arg(key.displayName()));
        if (gone)
            return;
        event(key.host, tr("The password for %1 could not be removed from the system keychain: %2")
                            .arg(key.displayName(), job->errorMessage()));
        Dialogs::warning(this, tr("Forget Password"),
                         tr("The password for %1 could not be removed from the system keychain: %2")
                             .arg(key.displayName(), job->errorMessage()),
                         QMessageBox::Ok, QMessageBox::Ok);
    });
}

void HostsView::event(const QString &host, const QString &text)
{
    ServerEvent e;
    e.time = QDateTime::currentDateTimeUtc();
    e.kind = ServerEvent::Kind::ConsoleAction;
    e.server = host;
    e.text = text;
    emit eventOccurred(e);
}

} // namespace ucmc
