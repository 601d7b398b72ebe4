#include "ui/messagebanner.h"

#include "ui/palettefollower.h"
#include "ui/statuspalette.h"

#include <QAccessible>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ucmc {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_dismiss(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_title);
    texts->addWidget(m_text);
    layout->addLayout(texts, 1);
    layout->addLayout(m_buttons);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_dismiss, &QToolButton::clicked, this, [this] {
        emit dismissed();
        hide();
    });
    layout->addWidget(m_dismiss, 0, Qt::AlignTop);
    retranslate();
    PaletteFollower::follow(this, [this] { applyColors(); });
    hide();
}

void MessageBanner::setVisible(bool visible)
{
    const bool changed = visible != m_wanted;
    m_wanted = visible;
    QFrame::setVisible(visible && !m_heldBack);
    if (changed)
        emit wantedChanged();
}

void MessageBanner::setHeldBack(bool heldBack)
{
    m_heldBack = heldBack;
    QFrame::setVisible(m_wanted && !heldBack);
}

void MessageBanner::retranslate()
{
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
}

void MessageBanner::showMessage(Level level, const QString &title, const QString &text)
{
    m_level = level;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (level == Level::Error)
        icon = QStyle::SP_MessageBoxCritical;
    applyColors();
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    m_title->setText(title);
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
    // A screen reader cannot see the icon's colour: the level is part of the name.
    setAccessibleName(level == Level::Error     ? tr("Error: %1").arg(title)
                      : level == Level::Warning ? tr("Warning: %1").arg(title)
                                                : tr("Information: %1").arg(title));
    setAccessibleDescription(text);
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    show();
    QAccessibleEvent alert(this, QAccessible::Alert); // read out as it appears
    QAccessible::updateAccessibility(&alert);
}

void MessageBanner::applyColors()
{
    // The colours of what it sits on: its own palette already has the style sheet's.
    const QPalette &surrounding = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const StatusPalette::Banner kind = m_level == Level::Warning ? StatusPalette::Banner::Warning
                                       : m_level == Level::Error ? StatusPalette::Banner::Error
                                                                 : StatusPalette::Banner::Info;
    const StatusPalette::BannerColors colors = StatusPalette::bannerColors(kind, surrounding);
    // By type, not by name: the notification area names each banner.
    const QString sheet = QStringLiteral("ucmc--MessageBanner{background:%1; border:1px solid %2; color:%3; "
                                         "border-radius:4px;} ucmc--MessageBanner QLabel{border:none; "
                                         "background:transparent;}")
                              .arg(colors.background.name(), colors.border.name(), colors.text.name());
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

QString MessageBanner::title() const
{
    return m_title->text();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

QPushButton *MessageBanner::addAction(const QString &label, std::function<void()> action)
{
    auto *button = new QPushButton(label, this);
    connect(button, &QPushButton::clicked, this, std::move(action));
    m_buttons->addWidget(button, 0, Qt::AlignTop);
    return button;
}

} // namespace ucmc
