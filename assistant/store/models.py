"""SQLAlchemy 2 tables: personal dictionary, ignored suggestions, feedback events, documents + revisions."""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

SCHEMA_VERSION = 1


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Small key -> integer table: schema version and change counters other processes poll."""
    __tablename__ = "cloze_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class DictionaryWord(Base):
    __tablename__ = "dictionary_words"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    word: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class IgnoredSuggestion(Base):
    """A dismissed suggestion: its id is the fingerprint of rule + original + surrounding words."""
    __tablename__ = "ignored_suggestions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[str] = mapped_column(String(64), unique=True)
    rule_id: Mapped[str] = mapped_column(String(100), default="")
    context_hash: Mapped[str] = mapped_column(String(64), default="")
    original: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class FeedbackEvent(Base):
    __tablename__ = "feedback_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    suggestion_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    rule_id: Mapped[str] = mapped_column(String(100), default="")
    original: Mapped[str] = mapped_column(String(400), default="")
    replacement: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    __table_args__ = (Index("ix_feedback_rule_action", "rule_id", "action"),)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    words: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    revisions: Mapped[list["Revision"]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                       passive_deletes=True)


class Revision(Base):
    __tablename__ = "document_revisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    document: Mapped[Document] = relationship(back_populates="revisions")
    __table_args__ = (UniqueConstraint("document_id", "number"),)
