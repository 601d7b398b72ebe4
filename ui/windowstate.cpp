#include "ui/windowstate.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace ucmc {

namespace {
const QString kGroup = QStringLiteral("window");

QString key(const QString &kind, const QObject *object)
{
    return kind + QLatin1Char('/') + object->objectName();
}

// Tabs inserted since versions that saved the current tab by index; such an index counts the
// pages without them.
const QStringList kPagesAddedSinceIndexes = {QStringLiteral("fleetView")};

// The page a saved index (of an older version) meant, or -1.
int pageOfLegacyIndex(const QTabWidget *tabs, int legacyIndex)
{
    for (int i = 0, counted = 0; i < tabs->count(); ++i) {
        if (kPagesAddedSinceIndexes.contains(tabs->widget(i)->objectName()))
            continue;
        if (counted++ == legacyIndex)
            return i;
    }
    return -1;
}

void restoreTab(QTabWidget *tabs, const QSettings &settings)
{
    // Nothing saved yet: the tab the window chose (the open site's, not the Fleet tab).
    const QString page = settings.value(key(QStringLiteral("tabPage"), tabs)).toString();
    for (int i = 0; i < tabs->count() && !page.isEmpty(); ++i) {
        if (tabs->widget(i)->objectName() == page) {
            tabs->setCurrentIndex(i);
            return;
        }
    }
    const QVariant legacy = settings.value(key(QStringLiteral("tab"), tabs));
    const int index = legacy.isValid() ? pageOfLegacyIndex(tabs, legacy.toInt()) : -1;
    if (page.isEmpty() && index >= 0)
        tabs->setCurrentIndex(index);
}
} // namespace

WindowState::WindowState(QMainWindow *window, QSettings &settings)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
{
}

void WindowState::restore()
{
    m_settings.beginGroup(kGroup);
    const QByteArray geometry = m_settings.value(QStringLiteral("geometry")).toByteArray();
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    m_window->restoreState(m_settings.value(QStringLiteral("state")).toByteArray());
    for (QSplitter *splitter : m_window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(m_settings.value(key(QStringLiteral("splitter"), splitter)).toByteArray());
    }
    for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
        if (!tabs->objectName().isEmpty())
            restoreTab(tabs, m_settings);
    }
    m_settings.endGroup();
    restoreTables();
}

void WindowState::restoreTables()
{
    m_settings.beginGroup(kGroup);
    for (QTableView *table : m_window->findChildren<QTableView *>()) {
        const QVariant state = m_settings.value(key(QStringLiteral("table"), table));
        if (table->objectName().isEmpty() || !state.isValid() || table->horizontalHeader()->count() == 0)
            continue;
        table->horizontalHeader()->restoreState(state.toByteArray());
        // The view sorts by what the header says again.
        table->sortByColumn(table->horizontalHeader()->sortIndicatorSection(),
                            table->horizontalHeader()->sortIndicatorOrder());
    }
    m_settings.endGroup();
}

void WindowState::save()
{
    m_settings.beginGroup(kGroup);
    m_settings.setValue(QStringLiteral("geometry"), m_window->saveGeometry());
    m_settings.setValue(QStringLiteral("state"), m_window->saveState());
    for (QSplitter *splitter : m_window->findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            m_settings.setValue(key(QStringLiteral("splitter"), splitter), splitter->saveState());
    }
    for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>()) {
        // By the page's name, not its index: tabs added later do not move what was saved.
        if (!tabs->objectName().isEmpty() && tabs->currentWidget()
            && !tabs->currentWidget()->objectName().isEmpty()) {
            m_settings.setValue(key(QStringLiteral("tabPage"), tabs), tabs->currentWidget()->objectName());
            m_settings.remove(key(QStringLiteral("tab"), tabs));
        }
    }
    for (QTableView *table : m_window->findChildren<QTableView *>()) {
        if (!table->objectName().isEmpty() && table->horizontalHeader()->count() > 0)
            m_settings.setValue(key(QStringLiteral("table"), table), table->horizontalHeader()->saveState());
    }
    m_settings.endGroup();
}

} // namespace ucmc
