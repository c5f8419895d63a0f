"""BERT-style encoder with a masked-LM head and the self-supervised correction heads.

One forward pass gives, for every token, the probabilities that it is fine,
wrong (REPLACE), unnecessary (DELETE), and that a word is missing before it;
the MLM head is evaluated only at the positions asked for, because on a CPU
the vocabulary projection costs as much as the whole encoder.
"""
from __future__ import annotations

import torch
from torch import nn
from transformers import BertConfig, BertModel

EDIT_LABELS = ("keep", "replace", "delete")


def make_config(vocab_size: int, layers: int, hidden: int, heads: int, max_len: int) -> BertConfig:
    return BertConfig(vocab_size=vocab_size, hidden_size=hidden, num_hidden_layers=layers,
                      num_attention_heads=heads, intermediate_size=4 * hidden,
                      max_position_embeddings=max_len, type_vocab_size=1, pad_token_id=0,
                      attn_implementation="sdpa")


class ClozeModel(nn.Module):
    def __init__(self, config: BertConfig):
        super().__init__()
        self.config = config
        self.bert = BertModel(config, add_pooling_layer=False)
        h = config.hidden_size
        self.mlm_transform = nn.Sequential(nn.Linear(h, h), nn.GELU(), nn.LayerNorm(h, eps=config.layer_norm_eps))
        self.mlm_bias = nn.Parameter(torch.zeros(config.vocab_size))
        self.edit_head = nn.Sequential(nn.Linear(h, h), nn.GELU(), nn.Linear(h, len(EDIT_LABELS) + 1))

    def encode(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    def mlm_logits(self, hidden: torch.Tensor) -> torch.Tensor:
        """Vocabulary logits for the given hidden vectors (weights tied to the input embeddings)."""
        return self.mlm_transform(hidden) @ self.bert.embeddings.word_embeddings.weight.T + self.mlm_bias

    def edit_logits(self, hidden: torch.Tensor) -> torch.Tensor:
        """[..., 4]: keep/replace/delete logits, then the missing-before logit."""
        return self.edit_head(hidden)

    def encode_packed(self, input_ids: torch.Tensor, segments: torch.Tensor) -> torch.Tensor:
        """Encode rows that hold several sequences side by side, so a short sentence does not pay for padding
        or for a call of its own. `segments` numbers each token's sequence (1, 2, ... left to right; 0 is
        padding); a token attends only within its sequence and positions restart at each, so every sequence
        encodes exactly as it would alone. A plain 0/1 attention mask is the one-sequence case."""
        real = segments[:, None, :] > 0
        # padding attends to every real token, as with a plain mask, so a 0/1 mask gives the old graph's outputs
        see = real & ((segments[:, :, None] == segments[:, None, :]) | (segments[:, :, None] == 0))
        bias = torch.zeros(see.shape, dtype=torch.float32).masked_fill(~see, torch.finfo(torch.float32).min)
        earlier = real & (segments[:, None, :] < segments[:, :, None])
        positions = torch.arange(input_ids.shape[1], device=input_ids.device)[None, :] - earlier.sum(-1)
        return self.bert(input_ids=input_ids, attention_mask=bias[:, None], position_ids=positions).last_hidden_state

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, mlm_positions: torch.Tensor,
                packed: bool = True) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Serving graph: hidden states, edit logits, and MLM logits at `mlm_positions` ([N, 2] row, index).

        `attention_mask` holds segment numbers (see `encode_packed`); training passes `packed=False` with a
        plain 0/1 mask, which gives the same outputs and keeps SDPA's fused kernels on a GPU."""
        hidden = self.encode_packed(input_ids, attention_mask) if packed else self.encode(input_ids, attention_mask)
        picked = hidden[mlm_positions[:, 0], mlm_positions[:, 1]]
        return hidden, self.edit_logits(hidden), self.mlm_logits(picked)


def count_parameters(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
