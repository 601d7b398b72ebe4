#include "ui/problemslist.h"

#include <QHeaderView>
#include <QStyle>

namespace ucmc {

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return ProblemsList::tr("Error");
    case Severity::Warning:
        return ProblemsList::tr("Warning");
    case Severity::Info:
        return ProblemsList::tr("Info");
    }
    return {};
}

ProblemsList::ProblemsList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("problemsList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setColumnCount(4);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(PlaceColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(RuleColumn, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int i = indexOfTopLevelItem(item);
        if (i >= 0 && i < int(m_problems.size()))
            emit problemActivated(m_problems[size_t(i)]);
    });
    retranslate();
}

void ProblemsList::retranslate()
{
    setHeaderLabels({tr("Severity"), tr("Line:Column"), tr("Problem"), tr("Rule")});
    setProblems(std::vector<DocumentProblem>(m_problems));
}

void ProblemsList::setProblems(const std::vector<DocumentProblem> &problems)
{
    m_problems = problems;
    m_errors = 0;
    m_warnings = 0;
    clear();
    QList<QTreeWidgetItem *> items;
    for (const DocumentProblem &p : m_problems) {
        auto *item = new QTreeWidgetItem;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (p.severity == Severity::Error) {
            icon = QStyle::SP_MessageBoxCritical;
            ++m_errors;
        } else if (p.severity == Severity::Warning) {
            icon = QStyle::SP_MessageBoxWarning;
            ++m_warnings;
        }
        item->setIcon(SeverityColumn, style()->standardIcon(icon));
        item->setText(SeverityColumn, severityText(p.severity));
        item->setText(PlaceColumn, p.position.isValid()
                                       ? QStringLiteral("%1:%2").arg(p.position.line).arg(p.position.column)
                                       : QString());
        QString message = p.message;
        if (p.fix)
            message += QStringLiteral(" — ") + p.fix->description;
        item->setText(MessageColumn, message);
        item->setToolTip(MessageColumn, message);
        item->setText(RuleColumn, p.ruleId);
        items.append(item);
    }
    addTopLevelItems(items);
}

QString ProblemsList::summaryText() const
{
    if (m_problems.empty())
        return tr("File: no problems");
    const int infos = int(m_problems.size()) - m_errors - m_warnings;
    // Counts after their nouns: "1 errors" would need plural forms English has no .ts for.
    return tr("File — errors: %1, warnings: %2, notes: %3").arg(m_errors).arg(m_warnings).arg(infos);
}

QString ProblemsList::selectedRule() const
{
    const QTreeWidgetItem *item = currentItem();
    return item && item->isSelected() ? item->text(RuleColumn) : QString();
}

} // namespace ucmc
