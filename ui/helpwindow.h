#pragma once

#include <QDialog>

class QTextBrowser;

namespace ucmc {

// The bundled user guide (F1), in the language the console runs in: the article's procedure step
// by step with the console, the states, the command line (ui/help/guide_<language>.html), and two
// reference sections built from the code so they never go stale: every failure code with what it
// usually means, and every lint rule `check` reports (anchors "code-<id>" and "rule-<id>").
class HelpWindow : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    // Shows the guide (one window per parent), scrolled to `anchor` when given.
    static HelpWindow *open(QWidget *parent, const QString &anchor = {});
    // At the section of a lint rule (the Problems list's selection); at the top without one.
    static HelpWindow *openAtRule(QWidget *parent, const QString &ruleId);
    void showAnchor(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }
    // The whole guide as HTML (also what the window shows).
    static QString html();

private:
    QTextBrowser *m_browser;
};

} // namespace ucmc
