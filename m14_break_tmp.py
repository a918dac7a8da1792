from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QTextDocument, QTextLayout, QFont, QTextOption
import html
app = QApplication([])
from assist_desk.typography import keep_amounts_together as k
def lines_plain(text, width):
    layout = QTextLayout(text, QFont("Noto Sans", 14))
    opt = QTextOption(); opt.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(opt)
    layout.beginLayout(); out=[]
    while True:
        line = layout.createLine()
        if not line.isValid(): break
        line.setLineWidth(width); out.append(text[line.textStart():line.textStart()+line.textLength()])
    layout.endLayout(); return out
def lines_html(h, width):
    doc = QTextDocument(); doc.setDefaultFont(QFont("Noto Sans", 14)); o=QTextOption(); o.setWrapMode(QTextOption.WrapMode.WordWrap); doc.setDefaultTextOption(o); doc.setHtml(h); doc.setTextWidth(width); doc.size()
    out=[]; b=doc.begin()
    while b.isValid():
        l=b.layout(); t=b.text()
        for i in range(l.lineCount()):
            ln=l.lineAt(i); out.append(t[ln.textStart():ln.textStart()+ln.textLength()])
        b=b.next()
    return out
for s in ["les frais 53 €/CV de taxe", "xx 45 000 € d'amende", "et 3 000 km, avec"]:
    for w in range(20, 200, 4):
        for name, fn in [("raw", lambda s,w: lines_plain(s,w)), ("k", lambda s,w: lines_plain(k(s),w)), ("khtml", lambda s,w: lines_html(html.escape(k(s)),w)),("kspan", lambda s,w: lines_html(html.escape(k(s)).replace("\u202f","<span style='white-space:pre'>\u202f</span>"),w))]:
            ls = fn(s,w)
            bad = [l for l in ls if l.lstrip().startswith(("€","000","km","/CV","CV"))]
            if bad: print(name, w, [repr(x) for x in ls])
