#pragma once

#include <QPlainTextEdit>

namespace ucmc {

class JsonHighlighter;

// The raw JSON editor: line numbers, syntax colours, and markers for problems (a wavy underline
// at the place, a dot in the margin, the message as tooltip).
class JsonEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    struct Marker
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based, in characters
        bool error = true;
        QString message;
    };

    explicit JsonEditor(QWidget *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    // Moves the cursor to a 1-based line and column and shows it.
    void goTo(int line, int column);

    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

signals:
    // Undo or redo was asked for while typing here, or the editor loses focus: what was typed
    // must reach the document first (the window's one history then undoes it).
    void pendingTextNeeded();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateMarginWidth();
    void updateMargin(const QRect &rect, int dy);
    void applyMarkerSelections();

    QWidget *m_margin;
    JsonHighlighter *m_highlighter;
    QList<Marker> m_markers;
};

} // namespace ucmc
