# SPDX-License-Identifier: GPL-3.0-or-later
"""Customers and organisations: editing records with their history, merging duplicates,
organisations and their mail domains, and importing both from CSV files. No Qt."""
