#pragma once

#include <QLabel>

namespace pml {

// A bold label heading a part of a page; its text is set (and retranslated) by the page.
inline QLabel* sectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace pml
