"""Initial schema: meta counters, dictionary, ignored suggestions, feedback, documents + revisions.

Revision ID: 0001
Revises:
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cloze_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Integer(), nullable=False),
    )
    op.create_table(
        "dictionary_words",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("word", sa.String(200), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "ignored_suggestions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("suggestion_id", sa.String(64), nullable=False, unique=True),
        sa.Column("rule_id", sa.String(100), nullable=False),
        sa.Column("context_hash", sa.String(64), nullable=False),
        sa.Column("original", sa.String(400), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "feedback_events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("suggestion_id", sa.String(64), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("rule_id", sa.String(100), nullable=False),
        sa.Column("original", sa.String(400), nullable=False),
        sa.Column("replacement", sa.String(400), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_feedback_rule_action", "feedback_events", ["rule_id", "action"])
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("words", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "document_revisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("document_id", "number"),
    )
    op.create_index("ix_document_revisions_document_id", "document_revisions", ["document_id"])


def downgrade() -> None:
    op.drop_table("document_revisions")
    op.drop_table("documents")
    op.drop_table("feedback_events")
    op.drop_table("ignored_suggestions")
    op.drop_table("dictionary_words")
    op.drop_table("cloze_meta")
