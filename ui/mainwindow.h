#pragma once

#include "models/configsnapshot.h"
#include "models/hosthealth.h"
#include "models/site.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QMainWindow>
#include <QSslCertificate>
#include <QTimer>

class QComboBox;
class QLabel;
class QMenu;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace ucmc {

class MediaServerMonitor;
class MessageBanner;
class ServerTableModel;
class SiteStore;
class TopologyView;

// The console's window: the overview of the site on top, the server table below, what needs
// attention in banners, the summary in the status bar. Read-only: it never writes the file.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `settings` holds the remembered sites; it must outlive the window.
    explicit MainWindow(QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a configuration file and remembers its site (unless sites are not remembered).
    void openFile(const QString &path);
    // Reopens the site opened last, if there is one. Returns whether there was.
    bool openLastSite();
    // Demo mode: forget nothing, remember nothing, trust the simulators' certificate.
    void setRememberSites(bool remember) { m_rememberSites = remember; }
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    // The UCServer host to probe whatever the site says (the demo's simulated host).
    void setUcServerHost(const QString &host);
    // Applies (and remembers) changed settings of the current site, as the settings dialog does.
    void applySiteSettings(const Site &site);

    // True once a file is shown and every server and the host have had a first answer.
    bool isSettled() const;
    const Site &currentSite() const { return m_site; }
    ServerTableModel *serverModel() const { return m_model; }
    TopologyView *topologyView() const { return m_topology; }
    QTableView *serverTable() const { return m_table; }
    MessageBanner *fileBanner() const { return m_fileBanner; }
    MessageBanner *versionBanner() const { return m_versionBanner; }
    QString upSummaryText() const;
    QString versionSummaryText() const;

signals:
    void configShown(); // a file was read (successfully or not) and the window shows the result

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void chooseFile();
    void reload();
    void editSiteSettings();
    void switchToSite(int comboIndex);
    void startLoading(const QString &path);
    void showSnapshot(const ConfigSnapshot &snapshot);
    void applySiteToMonitor();
    void onHealth();
    void onHostHealth(const HostHealth &health);
    void refreshSiteList();
    void updateSummary();
    void retranslate();

    QSettings &m_settings;
    SiteStore *m_sites;
    Site m_site;
    bool m_rememberSites = true;
    bool m_hasSnapshot = false;
    int m_statusColumnWidth = 0;

    ServerTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    MediaServerMonitor *m_monitor;
    HostHealth m_hostHealth;
    QString m_hostOverride;

    TopologyView *m_topology = nullptr;
    QTableView *m_table = nullptr;
    MessageBanner *m_fileBanner = nullptr;
    MessageBanner *m_versionBanner = nullptr;
    QComboBox *m_siteCombo = nullptr;
    QLabel *m_upLabel = nullptr;
    QLabel *m_versionLabel = nullptr;
    QLabel *m_pathLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_siteMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_siteSettingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;

    QFutureWatcher<ConfigSnapshot> m_loader;
    QString m_loadingPath;
    QFileSystemWatcher m_fileWatcher;
    QTimer m_reloadDebounce;
    QTimer m_clock;
};

} // namespace ucmc
