"""LanguageTool HTTP API v2 compatibility (/v2/...), so existing editor plugins work unchanged.

Parsing follows LanguageTool's server: the body is form data whatever the
Content-Type claims, query parameters are merged in, and errors are plain text
starting "Error: " with LanguageTool's status codes.  Offsets are UTF-16.
"""
from __future__ import annotations

import json
from urllib.parse import parse_qsl

from flask import Blueprint, Response, g, jsonify, request

from assistant.serialize import languagetool as lt
from assistant.server.app import ApiError, check_text, services, version
from assistant.server.openapi import Registry
from assistant.store import normalize_word
from assistant.suggestion import CATEGORIES, CheckResult, Options

LANGUAGE_ALIASES = {"en": "en", "en-us": "en-US", "en-gb": "en-GB", "en-ca": "en-US", "en-au": "en-GB",
                    "en-nz": "en-GB", "en-za": "en-GB"}
MODES = ("all", "textLevelOnly", "allButTextLevelOnly")
LEVELS = ("default", "picky")
MAX_FIELDS = 1000

FORM = {"type": "object", "properties": {
    "text": {"type": "string", "description": "the text to check (exactly one of text or data)"},
    "data": {"type": "string", "description": "JSON: {\"annotation\": [{\"text\": ...}, {\"markup\": ..., \"interpretAs\": ...}]}"},
    "language": {"type": "string", "description": "en-US, en-GB, en or auto"},
    "motherTongue": {"type": "string"}, "preferredVariants": {"type": "string"},
    "enabledRules": {"type": "string"}, "disabledRules": {"type": "string"},
    "enabledCategories": {"type": "string"}, "disabledCategories": {"type": "string"},
    "enabledOnly": {"type": "string", "enum": ["true", "false"]},
    "level": {"type": "string", "enum": list(LEVELS)}, "mode": {"type": "string", "enum": list(MODES)},
}}
LT_RESPONSE = {"type": "object", "required": ["software", "warnings", "language", "matches"], "properties": {
    "software": {"type": "object"}, "warnings": {"type": "object"}, "language": {"type": "object"},
    "matches": {"type": "array", "items": {"type": "object"}},
    "sentenceRanges": {"type": "array", "items": {"type": "array", "items": {"type": "integer"}}}}}
WORD_FORM = {"type": "object", "required": ["word"], "properties": {"word": {"type": "string"}}}


def _decode_pairs(raw: bytes, where: str) -> list[tuple[str, str]]:
    try:
        text = raw.decode("utf-8")
        return parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict",
                         max_num_fields=MAX_FIELDS)
    except UnicodeDecodeError:
        raise ApiError(400, "invalid_utf8", f"the {where} is not valid UTF-8")
    except ValueError as exc:
        raise ApiError(400, "invalid_form", f"malformed {where}: {exc}")


def request_params() -> dict[str, str]:
    """Query string + body parsed as form data (any Content-Type; a JSON object body is accepted too)."""
    if "lt_params" in g:
        return g.lt_params
    params: dict[str, str] = dict(_decode_pairs(request.query_string, "query string"))
    if request.mimetype == "multipart/form-data":
        try:
            params.update(request.form.to_dict())
        except UnicodeDecodeError:
            raise ApiError(400, "invalid_utf8", "the form data is not valid UTF-8")
    else:
        raw = request.get_data(cache=True)
        if raw.lstrip()[:1] == b"{":           # some clients post JSON; accept it rather than misparse it
            try:
                obj = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                raise ApiError(400, "invalid_json", "the request body looks like JSON but does not parse")
            if not isinstance(obj, dict):
                raise ApiError(400, "invalid_form", "a JSON body must be an object of parameters")
            for key, value in obj.items():
                params[str(key)] = value if isinstance(value, str) else json.dumps(value)
        elif raw:
            params.update(_decode_pairs(raw, "request body"))
    for key, value in params.items():
        check_text(value, key)
    g.lt_params = params
    return params


def _list(params: dict[str, str], name: str) -> list[str]:
    return [v.strip() for v in params.get(name, "").split(",") if v.strip()]


def _bool(params: dict[str, str], name: str) -> bool:
    value = params.get(name, "false").strip().lower()
    if value not in ("true", "false", ""):
        raise ApiError(400, "invalid_parameter", f"'{name}' must be true or false, not {value!r}")
    return value == "true"


def parse_language(params: dict[str, str]) -> tuple[str, str]:
    """(language used, detected language) from language / preferredVariants."""
    code = params.get("language", "auto").strip() or "auto"
    variants = _list(params, "preferredVariants")
    if code.lower() == "auto":
        chosen = "en-US"
        for v in variants:
            if v.lower() in ("en-gb", "en-us"):
                chosen = LANGUAGE_ALIASES[v.lower()]
                break
        return chosen, chosen
    if variants:
        raise ApiError(400, "invalid_parameter", "'preferredVariants' can only be used with language=auto")
    lang = LANGUAGE_ALIASES.get(code.lower())
    if lang is None and code.lower().startswith("en-gb"):
        lang = "en-GB"
    if lang is None:
        raise ApiError(400, "unsupported_language",
                       f"'{code}' is not a language code known to Cloze. Supported language codes are: "
                       "en, en-US, en-GB, auto")
    return lang, lang


def build_options(params: dict[str, str], language: str, markup: str = "auto") -> tuple[Options, object]:
    """LanguageTool parameters -> engine Options plus a filter on the finished matches (LanguageTool ids)."""
    level = params.get("level", "default") or "default"
    if level not in LEVELS:
        raise ApiError(400, "invalid_parameter", f"'level' must be 'default' or 'picky', not {level!r}")
    enabled_rules = set(_list(params, "enabledRules"))
    disabled_rules = set(_list(params, "disabledRules"))
    enabled_cats = {c.upper() for c in _list(params, "enabledCategories")}
    disabled_cats = {c.upper() for c in _list(params, "disabledCategories")}
    enabled_only = _bool(params, "enabledOnly")
    if enabled_only and not (enabled_rules or enabled_cats):
        raise ApiError(400, "invalid_parameter", "enabledOnly=true needs enabledRules or enabledCategories")
    ours_enabled = {lt.to_cloze_rule(r) for r in enabled_rules}
    ours_disabled = {lt.to_cloze_rule(r) for r in disabled_rules}
    cats_enabled = set().union(*(lt.CATEGORY_SOURCES.get(c, {c.lower()} & set(CATEGORIES)) for c in enabled_cats)) \
        if enabled_cats else None
    # push a Cloze category down to the engine only when everything it produces lands in disabled
    # LanguageTool categories; the `keep` filter below handles the rest exactly
    cats_disabled = {c for c in CATEGORIES
                     if lt.CATEGORY_MAP[c][0] in disabled_cats
                     and all(lt.RULE_MAP[r][1] in disabled_cats for r, rc in lt.RULE_CATEGORY.items() if rc == c)}
    svc = services()
    options = Options(language=language, picky=level == "picky",
                      enabled_categories=frozenset(cats_enabled) if (cats_enabled and enabled_only) else None,
                      disabled_categories=frozenset(cats_disabled), enabled_rules=frozenset(ours_enabled),
                      disabled_rules=frozenset(ours_disabled), enabled_only=enabled_only,
                      dictionary=svc.store.dictionary(), ignored=svc.store.ignored(), markup=markup)
    disabled_ids = {r.split("[", 1)[0] for r in disabled_rules}
    enabled_ids = {r.split("[", 1)[0] for r in enabled_rules}

    def keep(match: dict) -> bool:
        rid, cat = match["rule"]["id"], match["rule"]["category"]["id"]
        ours = lt.to_cloze_rule(rid)
        if rid in disabled_ids or ours in ours_disabled or cat in disabled_cats:
            return False
        if enabled_only:
            return rid in enabled_ids or ours in ours_enabled or cat in enabled_cats
        return True

    return options, keep


def make_blueprint(reg: Registry) -> Blueprint:
    bp = Blueprint("languagetool", __name__, url_prefix="/v2")

    def check():
        params = request_params()
        has_text, has_data = "text" in params, "data" in params
        if has_text == has_data:
            raise ApiError(400, "invalid_parameter", "Missing 'text' or 'data' parameter" if not has_text
                           else "Set either 'text' or 'data', not both")
        if has_text:
            doc = lt.Annotated.plain(params["text"])
        else:
            try:
                data = json.loads(params["data"])
                doc = lt.parse_annotation(data)
            except ValueError as exc:
                raise ApiError(400, "invalid_data", f"Invalid 'data' parameter: {exc}")
            check_text(doc.original, "data")
        if not doc.original:
            raise ApiError(400, "empty_text", "the text is empty")
        svc = services()
        limit = svc.config.max_text_length
        if len(doc.original) > limit:
            raise ApiError(413, "text_too_long", f"Your text exceeds the limit of {limit} characters "
                                                 f"(it's {len(doc.original)} characters). Please submit a shorter text.")
        mode = params.get("mode", "all") or "all"
        if mode not in MODES:
            raise ApiError(400, "invalid_parameter", f"'mode' must be one of {', '.join(MODES)}")
        language, detected = parse_language(params)
        # plain `text` from plugins is often raw Markdown: let the engine skip code/URLs ("auto");
        # `data` already separates markup, so its text is prose
        options, keep = build_options(params, language, "auto" if has_text else "text")
        if mode == "textLevelOnly":         # Cloze has no text-level-only rules
            result = CheckResult(text=doc.checked, language=language)
        else:
            result = svc.check(doc.checked, options, doc.skip or None)
        svc.remember(result.suggestions)
        rules_url = request.host_url + "api/v1/rules#"
        body = lt.check_response(result, doc, language=language, detected=detected, software_version=version(),
                                 rule_url=lambda rule_id: rules_url + rule_id, keep=keep)
        return jsonify(body)

    for method in ("GET", "POST"):
        reg.route(bp, "/check", method, summary="LanguageTool-compatible check (form parameters; UTF-16 offsets)",
                  tag="languagetool", body=FORM if method == "POST" else None,
                  body_type="application/x-www-form-urlencoded", response=LT_RESPONSE,
                  parameters=[{"name": k, "in": "query", "required": False, "schema": v}
                              for k, v in FORM["properties"].items()] if method == "GET" else None,
                  errors=(400, 413, 429, 503))(check)

    @reg.route(bp, "/languages", "GET", summary="Supported languages", tag="languagetool",
               response={"type": "array", "items": {"type": "object"}}, errors=())
    def languages():
        return jsonify(lt.LANGUAGES)

    @reg.route(bp, "/info", "GET", summary="Server software and limits", tag="languagetool",
               response={"type": "object"}, errors=())
    def info():
        cfg = services().config
        return jsonify({"software": {"name": "Cloze", "version": version(), "apiVersion": lt.API_VERSION,
                                     "premium": False, "status": ""},
                        "model": services().model_name, "maxTextLength": cfg.max_text_length,
                        "maxCheckTimeMillis": int(cfg.request_timeout * 1000)})

    @reg.route(bp, "/healthcheck", "GET", summary="Liveness (plain 'OK')", tag="languagetool",
               response={"type": "string"}, response_type="text/plain", errors=(), secured=False)
    def healthcheck():
        return Response("OK", mimetype="text/plain")

    @reg.route(bp, "/maxtextlength", "GET", summary="Maximum text length in characters", tag="languagetool",
               response={"type": "string"}, response_type="text/plain", errors=())
    def maxtextlength():
        return Response(str(services().config.max_text_length), mimetype="text/plain")

    @reg.route(bp, "/words", "GET", summary="Personal dictionary words (offset/limit as in LanguageTool)",
               tag="languagetool", response={"type": "object"}, errors=(400,),
               parameters=[{"name": "offset", "in": "query", "schema": {"type": "integer"}},
                           {"name": "limit", "in": "query", "schema": {"type": "integer"}}])
    def words():
        params = request_params()
        try:
            offset = int(params.get("offset", "0") or 0)
            limit = int(params.get("limit", "10") or 10)
        except ValueError:
            raise ApiError(400, "invalid_parameter", "'offset' and 'limit' must be integers")
        if offset < 0 or not 0 < limit <= 1000:
            raise ApiError(400, "invalid_parameter", "need offset >= 0 and 1 <= limit <= 1000")
        return jsonify({"words": services().store.words()[offset:offset + limit]})

    def _word(params: dict[str, str]) -> str:
        word = params.get("word", "")
        if not word.strip():
            raise ApiError(400, "invalid_parameter", "Missing 'word' parameter")
        if any(ch.isspace() for ch in word.strip()):
            raise ApiError(400, "invalid_parameter", "'word' must not contain whitespace")
        try:
            return normalize_word(word)
        except ValueError as exc:
            raise ApiError(400, "invalid_parameter", str(exc))

    @reg.route(bp, "/words/add", "POST", summary="Add a word to the personal dictionary", tag="languagetool",
               body=WORD_FORM, body_type="application/x-www-form-urlencoded", response={"type": "object"},
               errors=(400, 503))
    def words_add():
        word = _word(request_params())
        services().store.add_word(word)
        return jsonify({"added": True})

    @reg.route(bp, "/words/delete", "POST", summary="Remove a word from the personal dictionary",
               tag="languagetool", body=WORD_FORM, body_type="application/x-www-form-urlencoded",
               response={"type": "object"}, errors=(400, 503))
    def words_delete():
        word = _word(request_params())
        return jsonify({"deleted": services().store.remove_word(word)})

    return bp
