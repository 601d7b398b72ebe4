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
        // Nothing saved yet: the tab the window chose (the open site's, not the Fleet tab).
        if (!tabs->objectName().isEmpty() && m_settings.contains(key(QStringLiteral("tab"), tabs)))
            tabs->setCurrentIndex(m_settings.value(key(QStringLiteral("tab"), tabs)).toInt());
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
        if (!tabs->objectName().isEmpty())
            m_settings.setValue(key(QStringLiteral("tab"), tabs), tabs->currentIndex());
    }
    for (QTableView *table : m_window->findChildren<QTableView *>()) {
        if (!table->objectName().isEmpty() && table->horizontalHeader()->count() > 0)
            m_settings.setValue(key(QStringLiteral("table"), table), table->horizontalHeader()->saveState());
    }
    m_settings.endGroup();
}

} // namespace ucmc
