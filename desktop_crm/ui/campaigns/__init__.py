"""The Campaigns view: campaign cards, cost lines, the ROI dashboard and the referral report."""
