('conll2013', 'pl->sg') n 95 edit 79 det 87
('conll2013', 'sg->pl') n 63 edit 49 det 58
('cweb-g', 'pl->sg') n 1 edit 0 det 1
('cweb-g', 'sg->pl') n 31 edit 9 det 15
('cweb-s', 'pl->sg') n 2 edit 0 det 0
('cweb-s', 'sg->pl') n 19 edit 4 det 8
('jfleg', 'pl->sg') n 17 edit 8 det 14
('jfleg', 'sg->pl') n 53 edit 33 det 50
