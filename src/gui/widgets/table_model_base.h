#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace pml {

// What the window's table models share about their header: the column titles come from
// one function, read at every call so they follow the language, and a change of language
// (sent to the application when translations are installed) tells the views that the
// header changed and lets the model redo the texts it keeps.
class TableModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Re-reads translated texts: the header, then retranslateData().
    void retranslate();

protected:
    explicit TableModelBase(QObject* parent = nullptr);
    // The translated title of each column, in column order.
    virtual QStringList columnTitles() const = 0;
    // A column's header tooltip; none by default.
    virtual QString columnToolTip(int column) const;
    // Texts the model keeps that depend on the language (called after a change).
    virtual void retranslateData() {}
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace pml
