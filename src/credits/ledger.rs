//! Pure credit accounting for mentor sessions: how a booking change moves the credit ledgers.
//! A session consumes `credits_consumed` from its ledger (`credit_id`) while it is not cancelled.

/// The part of a mentor_sessions row that matters for credits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Booking<Id> {
    pub credit_id: Option<Id>,
    pub credits: i32,
    pub cancelled: bool,
}

impl<Id: Copy> Booking<Id> {
    /// (ledger, credits) this booking holds, if any.
    fn holds(&self) -> Option<(Id, i32)> {
        match (self.credit_id, self.cancelled) {
            (Some(id), false) if self.credits != 0 => Some((id, self.credits)),
            _ => None,
        }
    }
}

/// Changes to `credits_used` per ledger when a session goes from `old` to `new` (None = the row
/// does not exist: insert or delete). Positive consumes, negative refunds; refunds come first, so
/// moving a booking between ledgers never needs both at once.
pub fn deltas<Id: Copy + PartialEq>(old: Option<&Booking<Id>>, new: Option<&Booking<Id>>) -> Vec<(Id, i32)> {
    let before = old.and_then(|b| b.holds());
    let after = new.and_then(|b| b.holds());
    match (before, after) {
        (Some((a, x)), Some((b, y))) if a == b => {
            if x == y {
                vec![]
            } else {
                vec![(a, y - x)]
            }
        }
        (b, a) => b.map(|(id, x)| (id, -x)).into_iter().chain(a).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(credit: Option<u8>, credits: i32, cancelled: bool) -> Booking<u8> {
        Booking { credit_id: credit, credits, cancelled }
    }

    /// (old row, new row, expected ledger deltas, what the case shows)
    type Case = (Option<Booking<u8>>, Option<Booking<u8>>, Vec<(u8, i32)>, &'static str);

    #[test]
    fn table() {
        let cases: &[Case] = &[
            (None, Some(b(Some(1), 1, false)), vec![(1, 1)], "booking consumes"),
            (None, Some(b(Some(1), 2, true)), vec![], "booking an already cancelled session consumes nothing"),
            (Some(b(Some(1), 1, false)), Some(b(Some(1), 1, true)), vec![(1, -1)], "cancelling refunds"),
            (Some(b(Some(1), 1, true)), Some(b(Some(1), 1, true)), vec![], "cancelling twice refunds once"),
            (Some(b(Some(1), 1, true)), Some(b(Some(1), 1, false)), vec![(1, 1)], "un-cancelling consumes again"),
            (
                Some(b(Some(1), 1, false)),
                Some(b(Some(1), 3, false)),
                vec![(1, 2)],
                "raising credits consumes the difference",
            ),
            (
                Some(b(Some(1), 3, false)),
                Some(b(Some(1), 1, false)),
                vec![(1, -2)],
                "lowering credits refunds the difference",
            ),
            (
                Some(b(Some(1), 2, false)),
                Some(b(Some(2), 2, false)),
                vec![(1, -2), (2, 2)],
                "moving ledgers refunds then consumes",
            ),
            (Some(b(Some(1), 2, false)), None, vec![(1, -2)], "deleting a live session refunds"),
            (Some(b(Some(1), 2, true)), None, vec![], "deleting a cancelled session changes nothing"),
            (None, Some(b(None, 0, false)), vec![], "a free session needs no ledger"),
            (
                Some(b(Some(1), 1, false)),
                Some(b(Some(1), 1, false)),
                vec![],
                "completing (status change) keeps credits consumed",
            ),
        ];
        for (old, new, expected, what) in cases {
            assert_eq!(deltas(old.as_ref(), new.as_ref()), *expected, "{what}");
        }
    }
}
