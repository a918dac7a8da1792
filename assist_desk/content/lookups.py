"""The pack's items as views in one language, French where a text is missing (Qt-free).

Each view says ``fell_back=True`` when some of its text is the French, so that the
interface can say "shown in French".
"""

from __future__ import annotations

import datetime as dt

from assist_desk.content.data import ContentData
from assist_desk.content.schema import OWN_SOURCE_PREFIX, Fee
from assist_desk.content.triage import TriageSession
from assist_desk.content.vehicle_cost import CostEstimate, estimate
from assist_desk.content.view_models import (
    AdviceView,
    ChecklistView,
    DocumentView,
    FaqView,
    FeeView,
    ItemView,
    StampView,
    pick,
)


class ContentLookups(ContentData):
    """Checklists, fees, the FAQ, triage advice and the vehicle cost, by id and language."""

    # -- checklists and fees -------------------------------------------------------------

    def categories(self, lang: str) -> list[tuple[str, str, list[str]]]:
        """(category id, name, procedure ids) in catalogue order."""
        return [
            (cat, pick(self.info.category_names[cat], lang)[0], list(ids))
            for cat, ids in self.info.catalogue.items()
        ]

    def category_name(self, category: str, lang: str) -> str:
        return pick(self.info.category_names.get(category), lang)[0] or category

    def checklist(self, procedure_id: str, lang: str) -> ChecklistView | None:
        """The checklist of a procedure in ``lang`` (French fallback), or None if unknown."""
        checklist = self._checklists.get(procedure_id)
        if checklist is None:
            return None
        fell_back = False

        def text(value: dict[str, str] | None) -> str:
            nonlocal fell_back
            found, fallback = pick(value, lang)
            fell_back = fell_back or fallback
            return found

        items = []
        for item in checklist.items:
            doc = self.documents[item.document]
            items.append(
                ItemView(
                    DocumentView(
                        doc.id,
                        text(doc.name),
                        text(doc.what),
                        [text(c) for c in doc.constraints],
                        [text(a) for a in doc.alternatives],
                        doc.form,
                        text(self.info.form_labels[doc.form]),
                    ),
                    text(item.when),
                    text(item.note),
                    item.required,
                )
            )
        fee = self.fees(procedure_id, lang)
        return ChecklistView(
            procedure_id=checklist.id,
            category=checklist.category,
            category_name=text(self.info.category_names[checklist.category]),
            lang=lang,
            fell_back=fell_back or bool(fee and fee.fell_back),
            title=text(checklist.title),
            summary=text(checklist.summary),
            where=text(checklist.where),
            items=items,
            steps=[text(s) for s in checklist.steps],
            official_url=str(checklist.official_url),
            source=self.shown_source(checklist.source, lang),
            checked_on=checklist.checked_on,
            to_recheck=checklist.to_recheck
            or any(self.documents[item.document].to_recheck for item in checklist.items),
            fee=fee,
            related_faq=list(checklist.related_faq),
        )

    def fees(self, procedure_id: str, lang: str = "fr") -> FeeView | None:
        """The fee of a procedure (via its checklist), or None if unknown."""
        checklist = self._checklists.get(procedure_id)
        fee = self._fees.get(checklist.fee) if checklist else None
        if fee is None:
            return None
        return self._fee_view(fee, lang)

    def _fee_view(self, fee: Fee, lang: str) -> FeeView:
        texts = [pick(fee.title, lang)] + [pick(b.label, lang) for b in fee.bands]
        rules = [pick(r, lang) for r in fee.rules]
        return FeeView(
            id=fee.id,
            title=texts[0][0],
            bands=[
                (label, band.amount_eur)
                for (label, _), band in zip(texts[1:], fee.bands, strict=True)
            ],
            rules=[r for r, _ in rules],
            stamp=fee.stamp,
            calculator=fee.calculator,
            source=self.shown_source(fee.source, lang),
            checked_on=fee.checked_on,
            to_recheck=fee.to_recheck,
            fell_back=any(f for _, f in texts + rules),
        )

    def stamp_info(self, lang: str) -> StampView:
        stamp = self.fee_file.stamp
        return StampView(
            [pick(w, lang)[0] for w in stamp.where],
            [pick(n, lang)[0] for n in stamp.notes],
            self.shown_source(stamp.source, lang),
            stamp.checked_on,
            stamp.to_recheck,
        )

    # -- vehicle registration cost -------------------------------------------------------

    def regions(self) -> list[tuple[str, str]]:
        return [(r.id, r.name) for r in self.fee_file.vehicle_cost.regions]

    def vehicle_cost_explanation(self, lang: str) -> str:
        return pick(self.fee_file.vehicle_cost.explanation, lang)[0]

    def vehicle_cost(
        self,
        region_id: str,
        horsepower: int,
        first_registration: dt.date,
        on: dt.date | None = None,
        energy: str = "standard",
    ) -> CostEstimate:
        """Estimate a registration certificate's cost; raises ValueError on bad input."""
        return estimate(
            self.fee_file.vehicle_cost,
            region_id,
            horsepower,
            first_registration,
            on or dt.date.today(),
            energy,
        )

    def vehicle_cost_malus(self, lang: str) -> str:
        return pick(self.fee_file.vehicle_cost.malus, lang)[0]

    def shown_source(self, source: object, lang: str) -> str:
        """The source as citizens read it: the public page, or for a fact about the help
        point itself the pack's label for its operator guide (never a file name alone)."""
        text = str(source)
        if not text.startswith(OWN_SOURCE_PREFIX):
            return text
        return pick(self.info.own_source_label, lang)[0]

    # -- FAQ -----------------------------------------------------------------------------

    def faq(self, entry_id: str, lang: str) -> FaqView | None:
        entry = self._faq.get(entry_id)
        if entry is None:
            return None
        question, q_fb = pick(entry.question, lang)
        answer, a_fb = pick(entry.answer, lang)
        topic, t_fb = pick(self.info.faq_topics[entry.topic], lang)
        return FaqView(
            entry.id,
            entry.topic,
            topic,
            question,
            answer,
            list(entry.procedures),
            list(entry.see_also),
            self.shown_source(entry.source, lang),
            entry.checked_on,
            q_fb or a_fb or t_fb,
            q_fb,
            to_recheck=entry.to_recheck,
        )

    def faq_entries(self, lang: str, topic: str | None = None) -> list[FaqView]:
        views = [self.faq(eid, lang) for eid in self._faq]
        return [v for v in views if v is not None and (topic is None or v.topic == topic)]

    def top_questions(self, lang: str) -> list[FaqView]:
        """The frequent questions shown first, in the pack's order (curated, not counted)."""
        views = [self.faq(eid, lang) for eid in self.top_question_ids]
        return [view for view in views if view is not None]

    def faq_topics(self, lang: str) -> list[tuple[str, str]]:
        return [(key, pick(text, lang)[0]) for key, text in self.info.faq_topics.items()]

    # -- triage --------------------------------------------------------------------------

    def new_triage(self) -> TriageSession:
        return TriageSession(self.triage_tree)

    def advice(self, advice_id: str, lang: str) -> AdviceView | None:
        advice = self.triage_tree.advice.get(advice_id)
        if advice is None:
            return None
        title, t_fb = pick(advice.title, lang)
        text, x_fb = pick(advice.text, lang)
        return AdviceView(
            advice.id,
            title,
            text,
            list(advice.faq),
            self.shown_source(advice.source, lang),
            advice.checked_on,
            t_fb or x_fb,
            advice.to_recheck,
        )
