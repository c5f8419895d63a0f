"""Cloze's own JSON API (/api/v1): check, reword, feedback, dictionary, documents, health, rules, OpenAPI.

The browser editor codes against exactly these shapes; every route is declared
through the registry so /api/v1/openapi.json documents what is served.
"""
from __future__ import annotations

import time

from flask import Blueprint, jsonify, request

from assistant.serialize import json as json_ser
from assistant.serialize.languagetool import RULE_CATEGORY, RULE_MAP
from assistant.server.app import ApiError, check_text, services, version
from assistant.server.openapi import Registry, validate
from assistant.store import ACTIONS
from assistant.suggestion import CATEGORIES, Options, utf16_offsets

LANGS = {"en-us": "en-US", "en": "en", "en-gb": "en-GB", "auto": "en-US"}
STR = {"type": "string"}
STR_LIST = {"type": "array", "items": STR, "maxItems": 500}
CATEGORY_LIST = {"type": "array", "items": {"type": "string", "enum": list(CATEGORIES)}, "maxItems": 20}

CHECK_BODY = {
    "type": "object", "required": ["text"],
    "properties": {
        "text": STR,
        "language": {"type": "string", "enum": ["en-US", "en-GB", "en", "auto"], "default": "en-US"},
        "picky": {"type": "boolean", "default": False},
        "enabled_categories": CATEGORY_LIST,
        "disabled_categories": CATEGORY_LIST,
        "disabled_rules": STR_LIST,
        "markup": {"type": "string", "enum": ["auto", "text", "markdown"], "default": "auto"},
    },
}
SUGGESTION = {
    "type": "object",
    "required": ["id", "start", "end", "start_utf16", "end_utf16", "category", "rule_id", "message",
                 "replacements", "confidence", "original"],
    "properties": {
        "id": STR, "start": {"type": "integer"}, "end": {"type": "integer"},
        "start_utf16": {"type": "integer"}, "end_utf16": {"type": "integer"},
        "category": {"type": "string", "enum": list(CATEGORIES)}, "rule_id": STR, "message": STR,
        "replacements": {"type": "array", "items": STR}, "confidence": {"type": "number"},
        "original": STR, "context_hash": STR,
    },
}
CHECK_RESPONSE = {
    "type": "object", "required": ["suggestions", "sentences", "language", "elapsed_ms"],
    "properties": {
        "suggestions": {"type": "array", "items": {"$ref": "#/components/schemas/Suggestion"}},
        "sentences": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}},
        "language": STR, "elapsed_ms": {"type": "number"},
    },
}
REWORD_BODY = {
    "type": "object", "required": ["text", "start", "end"],
    "properties": {"text": STR, "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0},
                   "language": {"type": "string", "enum": ["en-US", "en-GB", "en", "auto"]},
                   "utf16": {"type": "boolean", "default": False,
                             "description": "start/end count UTF-16 code units (JavaScript) instead of code points"}},
}
REWORD_RESPONSE = {
    "type": "object", "required": ["start", "end", "original", "alternatives"],
    "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}, "original": STR,
                   "alternatives": {"type": "array", "items": {
                       "type": "object", "required": ["text", "score"],
                       "properties": {"text": STR, "score": {"type": "number"}}}}},
}
FEEDBACK_BODY = {
    "type": "object", "required": ["suggestion_id", "action"],
    "properties": {"suggestion_id": {"type": "string", "minLength": 1, "maxLength": 64},
                   "action": {"type": "string", "enum": list(ACTIONS)},
                   "rule_id": {"type": "string", "maxLength": 100}, "original": {"type": "string", "maxLength": 400},
                   "replacement": {"type": "string", "maxLength": 400}},
}
OK = {"type": "object", "required": ["ok"], "properties": {"ok": {"type": "boolean"}}}
WORDS = {"type": "object", "required": ["words"], "properties": {"words": STR_LIST}}
WORD_BODY = {"type": "object", "required": ["word"], "properties": {"word": {"type": "string", "minLength": 1,
                                                                            "maxLength": 200}}}
DOC_SUMMARY = {"type": "object", "required": ["id", "title", "updated_at", "words"],
               "properties": {"id": STR, "title": STR, "updated_at": {"type": "string", "format": "date-time"},
                              "words": {"type": "integer"}}}
DOCUMENT = {"type": "object", "required": ["id", "title", "text", "updated_at", "revision"],
            "properties": {"id": STR, "title": STR, "text": STR,
                           "updated_at": {"type": "string", "format": "date-time"},
                           "revision": {"type": "integer"}, "words": {"type": "integer"}}}
DOC_CREATE = {"type": "object", "required": ["title", "text"],
              "properties": {"title": {"type": "string", "maxLength": 500}, "text": STR}}
DOC_UPDATE = {"type": "object", "required": ["text"],
              "properties": {"title": {"type": "string", "maxLength": 500}, "text": STR,
                             "base_revision": {"type": "integer", "minimum": 1,
                                               "description": "reject the save (409) unless this is the current revision"}}}
HEALTH = {"type": "object", "required": ["status", "model", "version"],
          "properties": {"status": {"type": "string", "enum": ["ok"]}, "model": STR, "version": STR}}
RULES = {"type": "object", "required": ["rules"], "properties": {"rules": {"type": "array", "items": {
    "type": "object", "required": ["id", "category", "languagetool_id"],
    "properties": {"id": STR, "category": STR, "languagetool_id": STR, "description": STR,
                   "accepted": {"type": "integer"}, "dismissed": {"type": "integer"},
                   "added_to_dictionary": {"type": "integer"},
                   "acceptance_rate": {"type": ["number", "null"]}}}}}}


def body(schema: dict) -> dict:
    """The request's JSON object, validated against the operation's schema (400 with a reason otherwise)."""
    raw = request.get_data(cache=True)
    if not raw:
        raise ApiError(400, "invalid_json", "the request body must be a JSON object")
    try:
        data = request.get_json(force=True, silent=False)
    except Exception:
        raise ApiError(400, "invalid_json", "the request body is not valid JSON (UTF-8)")
    err = validate(schema, data)
    if err:
        raise ApiError(400, "invalid_request", err)
    for key, value in data.items():
        if isinstance(value, str):
            check_text(value, key)
    return data


def language(value: str | None) -> str:
    lang = LANGS.get((value or "en-US").lower())
    if lang is None:
        raise ApiError(400, "unsupported_language", f"language {value!r} is not supported (use en-US or en-GB)")
    return lang


def _limit_text(text: str) -> None:
    limit = services().config.max_text_length
    if len(text) > limit:
        raise ApiError(413, "text_too_long", f"the text has {len(text)} characters; the limit is {limit}")


def make_blueprint(reg: Registry) -> Blueprint:
    bp = Blueprint("api_v1", __name__, url_prefix="/api/v1")
    reg.schemas["Suggestion"] = SUGGESTION
    reg.schemas["Document"] = DOCUMENT

    @reg.route(bp, "/check", "POST", summary="Check a text: suggestions with code-point and UTF-16 offsets",
               tag="check", body=CHECK_BODY, response=CHECK_RESPONSE, errors=(400, 413, 429, 503))
    def check():
        data = body(CHECK_BODY)
        text = data["text"]
        _limit_text(text)
        svc = services()
        t0 = time.perf_counter()
        options = Options(
            language=language(data.get("language")), picky=bool(data.get("picky", False)),
            enabled_categories=frozenset(data["enabled_categories"]) if data.get("enabled_categories") else None,
            disabled_categories=frozenset(data.get("disabled_categories") or ()),
            disabled_rules=frozenset(data.get("disabled_rules") or ()),
            dictionary=svc.store.dictionary(), ignored=svc.store.ignored(), markup=data.get("markup", "auto"))
        result = svc.check(text, options)
        svc.remember(result.suggestions)
        return jsonify(json_ser.check_response(result, (time.perf_counter() - t0) * 1000))

    @reg.route(bp, "/reword", "POST", summary="Ranked alternatives for a span (word or short phrase)",
               tag="check", body=REWORD_BODY, response=REWORD_RESPONSE, errors=(400, 413, 503))
    def reword():
        data = body(REWORD_BODY)
        text, start, end = data["text"], data["start"], data["end"]
        _limit_text(text)
        if data.get("utf16"):
            u16 = utf16_offsets(text)
            where = {u: i for i, u in enumerate(u16)}
            if start not in where or end not in where:
                raise ApiError(400, "invalid_span", "start/end fall inside a UTF-16 surrogate pair")
            start, end = where[start], where[end]
        if not 0 <= start < end <= len(text):
            raise ApiError(400, "invalid_span", f"need 0 <= start < end <= {len(text)} (code points)")
        if end - start > 200:
            raise ApiError(400, "invalid_span", "reword works on a word or short phrase (at most 200 characters)")
        svc = services()
        options = Options(language=language(data.get("language")), dictionary=svc.store.dictionary())
        alts = svc.limiter.run(svc.engine.reword, text, start, end, options)
        u16 = utf16_offsets(text)
        return jsonify({"start": start, "end": end, "start_utf16": u16[start], "end_utf16": u16[end],
                        "original": text[start:end],
                        "alternatives": [{"text": a.text, "score": round(float(a.score), 4)} for a in alts]})

    @reg.route(bp, "/feedback", "POST", summary="Record accepted / dismissed / added-to-dictionary for a suggestion",
               tag="feedback", body=FEEDBACK_BODY, response=OK, errors=(400, 503))
    def feedback():
        data = body(FEEDBACK_BODY)
        svc = services()
        seen = svc.recall(data["suggestion_id"])
        rule_id = data.get("rule_id") or (seen.rule_id if seen else "")
        original = data.get("original") or (seen.original if seen else "")
        if data["action"] == "added_to_dictionary" and not original.strip():
            raise ApiError(400, "invalid_request", "'added_to_dictionary' needs 'original' (the word to add)")
        try:
            svc.store.record_feedback(data["suggestion_id"], data["action"], rule_id=rule_id, original=original,
                                      replacement=data.get("replacement", ""),
                                      context_hash=seen.context_hash if seen else "")
        except ValueError as exc:
            raise ApiError(400, "invalid_request", str(exc))
        return jsonify({"ok": True})

    @reg.route(bp, "/dictionary", "GET", summary="The personal dictionary", tag="dictionary", response=WORDS,
               errors=(503,))
    def dictionary_list():
        return jsonify({"words": services().store.words()})

    @reg.route(bp, "/dictionary", "POST", summary="Add a word to the personal dictionary", tag="dictionary",
               body=WORD_BODY, response=WORDS, errors=(400, 503))
    def dictionary_add():
        data = body(WORD_BODY)
        try:
            services().store.add_word(data["word"])
        except ValueError as exc:
            raise ApiError(400, "invalid_word", str(exc))
        return jsonify({"words": services().store.words()})

    @reg.route(bp, "/dictionary/<path:word>", "DELETE", summary="Remove a word from the personal dictionary",
               tag="dictionary", response=WORDS, errors=(404, 503))
    def dictionary_delete(word: str):
        check_text(word, "word")
        services().store.remove_word(word)
        return jsonify({"words": services().store.words()})

    @reg.route(bp, "/documents", "GET", summary="Saved documents, most recently updated first", tag="documents",
               response={"type": "object", "required": ["documents"],
                         "properties": {"documents": {"type": "array", "items": DOC_SUMMARY}}}, errors=(503,))
    def documents_list():
        return jsonify({"documents": services().store.list_documents()})

    @reg.route(bp, "/documents", "POST", summary="Save a new document", tag="documents", body=DOC_CREATE,
               response={"$ref": "#/components/schemas/Document"}, errors=(400, 413, 503))
    def documents_create():
        data = body(DOC_CREATE)
        _limit_doc(data["text"])
        return jsonify(services().store.create_document(data["title"], data["text"]))

    @reg.route(bp, "/documents/<doc_id>", "GET", summary="Load a document (latest revision)", tag="documents",
               response={"$ref": "#/components/schemas/Document"}, errors=(404, 503))
    def documents_get(doc_id: str):
        return jsonify(services().store.get_document(doc_id))

    @reg.route(bp, "/documents/<doc_id>", "PUT", summary="Save a new revision of a document", tag="documents",
               body=DOC_UPDATE, response={"$ref": "#/components/schemas/Document"}, errors=(400, 404, 409, 413, 503))
    def documents_update(doc_id: str):
        data = body(DOC_UPDATE)
        _limit_doc(data["text"])
        return jsonify(services().store.update_document(doc_id, data["text"], data.get("title"),
                                                        data.get("base_revision")))

    @reg.route(bp, "/documents/<doc_id>", "DELETE", summary="Delete a document and its revisions", tag="documents",
               response=OK, errors=(404, 503))
    def documents_delete(doc_id: str):
        services().store.delete_document(doc_id)
        return jsonify({"ok": True})

    @reg.route(bp, "/rules", "GET", summary="Rules with their LanguageTool ids and feedback statistics",
               tag="feedback", response=RULES, errors=(503,))
    def rules():
        stats = services().store.rule_stats()
        out = []
        for rule_id, (lt_id, _cat, _issue, desc) in RULE_MAP.items():
            entry = {"id": rule_id, "category": RULE_CATEGORY.get(rule_id, "grammar"),
                     "languagetool_id": lt_id.replace("{V}", "EN_US"), "description": desc}
            entry.update(stats.get(rule_id, {"accepted": 0, "dismissed": 0, "added_to_dictionary": 0,
                                             "acceptance_rate": None}))
            out.append(entry)
        return jsonify({"rules": out})

    @reg.route(bp, "/health", "GET", summary="Liveness and the loaded model", tag="meta", response=HEALTH,
               errors=(), secured=False)
    def health():
        return jsonify({"status": "ok", "model": services().model_name, "version": version()})

    @reg.route(bp, "/openapi.json", "GET", summary="This document", tag="meta", response={"type": "object"},
               errors=(), secured=False)
    def openapi():
        return jsonify(reg.document(request.host_url.rstrip("/")))

    return bp


def _limit_doc(text: str) -> None:
    limit = max(services().config.max_text_length * 20, 1_000_000)
    if len(text) > limit:
        raise ApiError(413, "text_too_long", f"the document has {len(text)} characters; the limit is {limit}")
    check_text(text)
