#pragma once

#include "models/documentproblem.h"

#include <QTreeWidget>

#include <vector>

namespace ucmc {

// Every finding of the lint rules: severity, place, message, rule id. Activating one takes the
// user to it.
class ProblemsList : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, PlaceColumn, MessageColumn, RuleColumn };

    explicit ProblemsList(QWidget *parent = nullptr);

    void setProblems(const std::vector<DocumentProblem> &problems);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }
    // "2 errors, 1 warning" or "No problems"; translated.
    QString summaryText() const;
    // The rule id of the selected problem; empty when none is selected.
    QString selectedRule() const;
    void retranslate();

signals:
    void problemActivated(const ucmc::DocumentProblem &problem);

private:
    std::vector<DocumentProblem> m_problems;
    int m_errors = 0;
    int m_warnings = 0;
};

QString severityText(Severity severity);

} // namespace ucmc
